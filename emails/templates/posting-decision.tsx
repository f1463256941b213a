import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface PostingDecisionProps {
  postingTitle: string;
  decision: "approve" | "request_changes" | "reject";
  isRevision: boolean;
  reasons: string | null;
  url: string;
}

const wording = {
  approve: {
    zh: { subject: "岗位已通过审核并发布", body: "您的岗位已通过审核，现已对毕业生公开。" },
    en: {
      subject: "Posting approved and published",
      body: "Your posting was approved and is now visible to graduates.",
    },
  },
  request_changes: {
    zh: { subject: "岗位需要修改", body: "审核老师请您修改岗位信息后重新提交，意见如下。" },
    en: { subject: "Changes requested", body: "The reviewer asks you to change the posting and submit it again:" },
  },
  reject: {
    zh: { subject: "岗位未通过审核", body: "您的岗位未通过审核，原因如下。" },
    en: { subject: "Posting rejected", body: "Your posting was not approved, for the reasons below." },
  },
} as const;

export function postingDecisionMail(props: PostingDecisionProps, locale: MailLocale): RenderedMail {
  const lang = locale === "en" ? "en" : "zh";
  const text = wording[props.decision][lang];
  const revisionNote = props.isRevision
    ? lang === "en"
      ? " (this concerns your edit; the published version stays online meanwhile)"
      : "（本次审核针对您的修改；修改审核期间原岗位保持在线）"
    : "";
  const open = lang === "en" ? "Open the posting" : "查看岗位";
  const reasonsLabel = lang === "en" ? "Reviewer's comments" : "审核意见";
  return renderMail({
    locale,
    subject: `${text.subject}：${props.postingTitle}`,
    footer:
      lang === "en"
        ? "You receive this because your organisation submitted this posting."
        : "您收到此邮件是因为贵单位提交了该岗位。",
    body: (
      <>
        <p>
          <strong>{props.postingTitle}</strong>
        </p>
        <p>
          {text.body}
          {revisionNote}
        </p>
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
    text: `${props.postingTitle}\n\n${text.body}${revisionNote}\n${props.reasons ? `\n${reasonsLabel}：${props.reasons}\n` : ""}\n${open}: ${props.url}`,
  });
}
