import { translate, type Message } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface FairUpdateProps {
  subject: Message;
  body: Message;
  /** A reason or detail quoted under the body (a decline reason), shown as typed. */
  quote?: string | null;
  url: string;
  audience: "graduate" | "employer";
}

/** Every mail of online fairs: registration, waitlist, promotion, booth decisions. Texts are messages. */
export function fairUpdateMail(props: FairUpdateProps, locale: MailLocale): RenderedMail {
  const subject = translate(locale, props.subject);
  const body = translate(locale, props.body);
  const open = translate(locale, "fairMail.open");
  const footer = translate(
    locale,
    props.audience === "employer" ? "fairMail.footer.employer" : "fairMail.footer.graduate",
  );
  return renderMail({
    locale,
    subject,
    footer,
    body: (
      <>
        <p>{body}</p>
        {props.quote ? (
          <p style={{ background: "#fdf0f0", padding: 12, borderLeft: "4px solid #9b1c1c" }}>{props.quote}</p>
        ) : null}
        <p>
          <a href={props.url} style={buttonStyle}>
            {open}
          </a>
        </p>
      </>
    ),
    text: [body, props.quote ?? "", `${open}: ${props.url}`].filter(Boolean).join("\n\n"),
  });
}
