import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";
import { formatSchoolDateTime } from "../../app/time";

export interface AgreementUpdateProps {
  /** The state the agreement is now in, in the reader's language ("学校已鉴证"). */
  stateLabel: string;
  /** What happened, one sentence in the reader's language (`agreement.mail.news.<event>`). */
  news: string;
  graduateName: string;
  employerName: string;
  position: string;
  number: string | null;
  reason: string | null;
  replyDeadline: Date | null;
  /** Terms that changed ("月薪: 8000 → 9000"), when the employer edited them. */
  changes?: string[];
  url: string;
}

/** Every change to a 三方协议 mails the other parties with this one template. */
export function agreementUpdateMail(props: AgreementUpdateProps, locale: MailLocale): RenderedMail {
  const en = locale === "en";
  const subject = en
    ? `Employment agreement: ${props.stateLabel} (${props.employerName} · ${props.graduateName})`
    : `三方协议：${props.stateLabel}（${props.employerName} · ${props.graduateName}）`;
  const body = en ? `${props.news} It is now “${props.stateLabel}”.` : `${props.news}当前状态：${props.stateLabel}。`;
  const numberLine = props.number ? (en ? `Agreement number: ${props.number}` : `协议编号：${props.number}`) : null;
  const deadline = props.replyDeadline
    ? en
      ? `Please reply by ${formatSchoolDateTime(props.replyDeadline, locale)} (Beijing time).`
      : `请在 ${formatSchoolDateTime(props.replyDeadline, locale)}（北京时间）前答复。`
    : null;
  const reasonLabel = en ? "Reason: " : "原因：";
  const changesLabel = en ? "What changed:" : "修改内容：";
  const changes = props.changes ?? [];
  const open = en ? "Open the agreement" : "查看协议";
  return renderMail({
    locale,
    subject,
    footer: en
      ? "You receive this because you are a party to this agreement or review it."
      : "您收到此邮件是因为您是该协议的一方或审核人。",
    body: (
      <>
        <p>{body}</p>
        {numberLine ? (
          <p>
            <strong>{numberLine}</strong>
          </p>
        ) : null}
        {changes.length ? (
          <>
            <p>
              <strong>{changesLabel}</strong>
            </p>
            <ul>
              {changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        {deadline ? <p>{deadline}</p> : null}
        {props.reason ? (
          <p style={{ background: "#fdf0f0", padding: 12, borderLeft: "4px solid #9b1c1c" }}>
            {reasonLabel}
            {props.reason}
          </p>
        ) : null}
        <p>
          <a href={props.url} style={buttonStyle}>
            {open}
          </a>
        </p>
      </>
    ),
    text: [
      body,
      numberLine,
      changes.length ? [changesLabel, ...changes.map((line) => `- ${line}`)].join("\n") : null,
      deadline,
      props.reason ? `${reasonLabel}${props.reason}` : null,
      `${open}: ${props.url}`,
    ]
      .filter(Boolean)
      .join("\n\n"),
  });
}
