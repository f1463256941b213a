import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface ApplicationsWaitingProps {
  employerName: string;
  waiting: { postingTitle: string; count: number }[];
  url: string;
}

/** A weekly nudge: graduates who applied more than 7 days ago are still waiting for an answer. */
export function applicationsWaitingMail(props: ApplicationsWaitingProps, locale: MailLocale): RenderedMail {
  const total = props.waiting.reduce((sum, w) => sum + w.count, 0);
  const en = locale === "en";
  const intro = en
    ? `${total} application(s) to ${props.employerName} have waited more than 7 days for a reply. Graduates plan their search around your answer; a "viewed" or a rejection helps them too.`
    : `${props.employerName} 有 ${total} 份投递已等待超过 7 天尚未处理。毕业生会根据您的反馈安排求职，即使是“已查看”或“不合适”也对他们很有帮助。`;
  const lines = props.waiting.map((w) => (en ? `${w.postingTitle}: ${w.count}` : `${w.postingTitle}：${w.count} 份`));
  return renderMail({
    locale,
    subject: en ? `${total} application(s) waiting for a reply` : `有 ${total} 份投递等待处理`,
    footer: en
      ? "You receive this weekly while applications wait more than 7 days."
      : "存在等待超过 7 天的投递时，每周提醒一次。",
    body: (
      <>
        <p>{intro}</p>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          <a href={props.url} style={buttonStyle}>
            {en ? "Open your postings" : "查看投递"}
          </a>
        </p>
      </>
    ),
    text: `${intro}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n\n${props.url}`,
  });
}
