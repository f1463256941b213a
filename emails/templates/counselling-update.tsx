import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface CounsellingUpdateProps {
  /** What happened, in the reader's language ("咨询预约成功"). */
  headline: string;
  counsellorName: string;
  graduateName: string;
  topicLabel: string;
  modeLabel: string;
  location: string;
  /** Start – end in Beijing time, already formatted. */
  time: string;
  /** The graduate's question (shown to both: the counsellor prepares with it). */
  question: string | null;
  reason: string | null;
  url: string;
}

/** Every change to a counselling booking mails both sides with this template, with an iCalendar part. */
export function counsellingUpdateMail(props: CounsellingUpdateProps, locale: MailLocale): RenderedMail {
  const en = locale === "en";
  const subject = en
    ? `Career counselling: ${props.headline} (${props.counsellorName} · ${props.graduateName})`
    : `就业咨询：${props.headline}（${props.counsellorName} · ${props.graduateName}）`;
  const lines = {
    time: en ? "Time (Beijing time): " : "时间（北京时间）：",
    topic: en ? "Topic: " : "咨询主题：",
    where: `${props.modeLabel}: ${props.location}`,
    question: en ? "Question: " : "咨询问题：",
    reason: en ? "Reason: " : "原因：",
    open: en ? "Open counselling" : "查看咨询预约",
  };
  return renderMail({
    locale,
    subject,
    footer: en
      ? "You receive this because you take part in this counselling appointment."
      : "您收到此邮件是因为您参加该就业咨询。",
    body: (
      <>
        <p>{props.headline}</p>
        <p>
          {lines.time}
          {props.time}
        </p>
        <p>
          {lines.topic}
          {props.topicLabel}
        </p>
        <p>{lines.where}</p>
        {props.question ? (
          <p>
            {lines.question}
            {props.question}
          </p>
        ) : null}
        {props.reason ? (
          <p style={{ background: "#fdf0f0", padding: 12, borderLeft: "4px solid #9b1c1c" }}>
            {lines.reason}
            {props.reason}
          </p>
        ) : null}
        <p>
          <a href={props.url} style={buttonStyle}>
            {lines.open}
          </a>
        </p>
      </>
    ),
    text: [
      props.headline,
      `${lines.time}${props.time}`,
      `${lines.topic}${props.topicLabel}`,
      lines.where,
      props.question ? `${lines.question}${props.question}` : null,
      props.reason ? `${lines.reason}${props.reason}` : null,
      `${lines.open}: ${props.url}`,
    ]
      .filter(Boolean)
      .join("\n\n"),
  });
}
