import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface EmployerStatusProps {
  employerName: string;
  status: "verified" | "rejected" | "suspended";
  reasons: string | null;
  url: string;
}

const wording = {
  verified: {
    zh: { subject: "单位审核通过", body: "贵单位已通过学校就业指导中心审核，现在可以提交招聘岗位。" },
    en: {
      subject: "Your organisation is verified",
      body: "The career centre has verified your organisation. You can now submit postings.",
    },
  },
  rejected: {
    zh: { subject: "单位审核未通过", body: "贵单位的注册信息未通过审核，原因如下。修改后可重新提交。" },
    en: {
      subject: "Your registration was not approved",
      body: "Your organisation's registration was not approved, for the reasons below. You may correct it and resubmit.",
    },
  },
  suspended: {
    zh: { subject: "单位账户已暂停", body: "贵单位账户已被暂停，所有岗位暂不对毕业生显示。原因如下。" },
    en: {
      subject: "Your organisation is suspended",
      body: "Your organisation is suspended and its postings are hidden from graduates, for the reasons below.",
    },
  },
} as const;

export function employerStatusMail(props: EmployerStatusProps, locale: MailLocale): RenderedMail {
  const lang = locale === "en" ? "en" : "zh";
  const text = wording[props.status][lang];
  const reasonsLabel = lang === "en" ? "Reasons" : "原因";
  const open = lang === "en" ? "Open jiuye" : "查看详情";
  return renderMail({
    locale,
    subject: `${text.subject}：${props.employerName}`,
    footer:
      lang === "en"
        ? "You receive this as a member of this organisation on jiuye."
        : "您收到此邮件是因为您是该单位在本平台的成员。",
    body: (
      <>
        <p>
          <strong>{props.employerName}</strong>
        </p>
        <p>{text.body}</p>
        {props.reasons ? (
          <p style={{ background: "#fdf0f0", padding: 12, borderLeft: "4px solid #9b1c1c" }}>
            {reasonsLabel}：{props.reasons}
          </p>
        ) : null}
        <p>
          <a href={props.url} style={buttonStyle}>
            {open}
          </a>
        </p>
      </>
    ),
    text: `${props.employerName}\n\n${text.body}\n${props.reasons ? `\n${reasonsLabel}：${props.reasons}\n` : ""}\n${open}: ${props.url}`,
  });
}
