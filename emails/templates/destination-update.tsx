import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface DestinationUpdateProps {
  kind: "recorded" | "returned" | "verified";
  graduateName: string;
  /** "11 签劳动合同形式就业" in the reader's language. */
  destination: string;
  reason: string | null;
  url: string;
}

const wording = {
  recorded: {
    zh: {
      subject: "请确认您的毕业去向",
      body: "学校为您登记了以下毕业去向。请登录确认是否属实；如与事实不符，请选择“与事实不符”并说明。确认前不计入就业统计。",
    },
    en: {
      subject: "Please confirm your destination",
      body: "The school recorded the destination below on your behalf. Please sign in and confirm it, or tell us it is not true. It does not count until you confirm it.",
    },
  },
  verified: {
    zh: {
      subject: "您的毕业去向已核实",
      body: "学校已核实您的毕业去向，计入本届毕业去向落实统计。如之后有变化（如解约、升学），请及时登录更新。",
    },
    en: {
      subject: "Your destination was verified",
      body: "The school verified your destination; it now counts in this cohort's figures. If it changes later (a termination, further study), please sign in and update it.",
    },
  },
  returned: {
    zh: { subject: "您的毕业去向被退回", body: "您填报的毕业去向未通过审核，原因如下。请修改后重新填报。" },
    en: {
      subject: "Your destination was returned",
      body: "Your reported destination was not verified, for the reason below. Please correct it and report again.",
    },
  },
} as const;

export function destinationUpdateMail(props: DestinationUpdateProps, locale: MailLocale): RenderedMail {
  const lang = locale === "en" ? "en" : "zh";
  const text = wording[props.kind][lang];
  const reasonLabel = lang === "en" ? "Reason" : "原因";
  const open = lang === "en" ? "Open my destination" : "查看我的毕业去向";
  const greeting = lang === "en" ? `Dear ${props.graduateName},` : `${props.graduateName}同学：`;
  return renderMail({
    locale,
    subject: text.subject,
    footer:
      lang === "en"
        ? "You receive this because you are a graduate on the school's roster."
        : "您收到此邮件是因为您在本校毕业生名册中。",
    body: (
      <>
        <p>{greeting}</p>
        <p>{text.body}</p>
        <p>
          <strong>{props.destination}</strong>
        </p>
        {props.reason ? (
          <p style={{ background: "#fdf0f0", padding: 12, borderLeft: "4px solid #9b1c1c" }}>
            {reasonLabel}：{props.reason}
          </p>
        ) : null}
        <p>
          <a href={props.url} style={buttonStyle}>
            {open}
          </a>
        </p>
      </>
    ),
    text: `${greeting}\n\n${text.body}\n\n${props.destination}\n${props.reason ? `\n${reasonLabel}：${props.reason}\n` : ""}\n${open}: ${props.url}`,
  });
}
