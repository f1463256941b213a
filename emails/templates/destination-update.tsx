import { translate } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface DestinationUpdateProps {
  kind: "recorded" | "returned" | "verified";
  graduateName: string;
  /** "11 签劳动合同形式就业" in the reader's language. */
  destination: string;
  reason: string | null;
  url: string;
}

export function destinationUpdateMail(props: DestinationUpdateProps, locale: MailLocale): RenderedMail {
  const m = (key: string) => translate(locale, `mail.destinationUpdate.${key}`);
  const text = { subject: m(`${props.kind}.subject`), body: m(`${props.kind}.body`) };
  const reasonLabel = m("reason");
  const open = m("open");
  const greeting = translate(locale, "mail.greeting", { name: props.graduateName });
  return renderMail({
    locale,
    subject: text.subject,
    footer: m("footer"),
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
