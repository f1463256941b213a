import { translate } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface PostingDecisionProps {
  postingTitle: string;
  decision: "approve" | "request_changes" | "reject";
  isRevision: boolean;
  reasons: string | null;
  url: string;
}

export function postingDecisionMail(props: PostingDecisionProps, locale: MailLocale): RenderedMail {
  const m = (key: string) => translate(locale, `mail.postingDecision.${key}`);
  const text = { subject: m(`${props.decision}.subject`), body: m(`${props.decision}.body`) };
  const revisionNote = props.isRevision ? m("revisionNote") : "";
  const open = m("open");
  const reasonsLabel = m("reasons");
  return renderMail({
    locale,
    subject: `${text.subject}：${props.postingTitle}`,
    footer: m("footer"),
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
