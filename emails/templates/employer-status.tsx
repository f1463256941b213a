import { translate } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface EmployerStatusProps {
  employerName: string;
  status: "verified" | "rejected" | "suspended";
  reasons: string | null;
  url: string;
}

export function employerStatusMail(props: EmployerStatusProps, locale: MailLocale): RenderedMail {
  const m = (key: string) => translate(locale, `mail.employerStatus.${key}`);
  const text = { subject: m(`${props.status}.subject`), body: m(`${props.status}.body`) };
  const reasonsLabel = m("reasons");
  const open = m("open");
  return renderMail({
    locale,
    subject: `${text.subject}：${props.employerName}`,
    footer: m("footer"),
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
