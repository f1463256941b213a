import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface ReviewReminderProps {
  staffName: string;
  /** 三方协议 waiting for this reviewer's decision (signing or termination). */
  agreements: number;
  /** Destinations the graduate confirmed, waiting for verification. */
  destinations: number;
  agreementsUrl: string;
  destinationsUrl: string;
}

/** Once a working day, what waits for a member of the career staff; not sent when nothing does. */
export function reviewReminderMail(props: ReviewReminderProps, locale: MailLocale): RenderedMail {
  const en = locale === "en";
  const lines = [
    props.agreements > 0
      ? {
          text: en
            ? `${props.agreements} employment agreement(s) wait for your review`
            : `${props.agreements} 份三方协议等待您审核`,
          url: props.agreementsUrl,
        }
      : null,
    props.destinations > 0
      ? {
          text: en
            ? `${props.destinations} graduate destination(s) wait for verification`
            : `${props.destinations} 条毕业去向等待核实`,
          url: props.destinationsUrl,
        }
      : null,
  ].filter((line): line is { text: string; url: string } => line !== null);
  const intro = en
    ? `Good morning, ${props.staffName}. Graduates are waiting on these:`
    : `${props.staffName}，您好。以下事项正在等待您处理：`;
  return renderMail({
    locale,
    subject: en ? "Waiting for your review today" : "今日待审核事项",
    footer: en
      ? "Sent on working mornings while something waits for you; nothing is sent on days when nothing does."
      : "有待办事项时于工作日早上发送；没有待办时不发送。",
    body: (
      <>
        <p>{intro}</p>
        <ul>
          {lines.map((line) => (
            <li key={line.url}>
              <a href={line.url}>{line.text}</a>
            </li>
          ))}
        </ul>
        <p>
          <a href={lines[0]?.url ?? props.agreementsUrl} style={buttonStyle}>
            {en ? "Start reviewing" : "开始处理"}
          </a>
        </p>
      </>
    ),
    text: [intro, ...lines.map((l) => `- ${l.text}: ${l.url}`)].join("\n"),
  });
}
