import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface InterviewUpdateProps {
  /** What happened, in the reader's language ("面试已确认"). */
  headline: string;
  employerName: string;
  graduateName: string;
  modeLabel: string;
  location: string;
  /** Times in Beijing time, already formatted. */
  times: string[];
  reason: string | null;
  url: string;
}

/** Every change to an interview mails both sides with this template (plus an iCalendar part once a time is set). */
export function interviewUpdateMail(props: InterviewUpdateProps, locale: MailLocale): RenderedMail {
  const en = locale === "en";
  const subject = en
    ? `Interview: ${props.headline} (${props.employerName} · ${props.graduateName})`
    : `面试：${props.headline}（${props.employerName} · ${props.graduateName}）`;
  const where = `${props.modeLabel}: ${props.location}`;
  const timesTitle = en ? "Time (Beijing time):" : "时间（北京时间）：";
  const reasonLabel = en ? "Reason: " : "原因：";
  const open = en ? "Open interviews" : "查看面试";
  return renderMail({
    locale,
    subject,
    footer: en ? "You receive this because you take part in this interview." : "您收到此邮件是因为您参加该面试。",
    body: (
      <>
        <p>{props.headline}</p>
        <p>{where}</p>
        {props.times.length ? (
          <>
            <p>{timesTitle}</p>
            <ul>
              {props.times.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </>
        ) : null}
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
      props.headline,
      where,
      props.times.length ? `${timesTitle}\n${props.times.join("\n")}` : null,
      props.reason ? `${reasonLabel}${props.reason}` : null,
      `${open}: ${props.url}`,
    ]
      .filter(Boolean)
      .join("\n\n"),
  });
}
