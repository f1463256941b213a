import { translate } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface CampaignMailProps {
  /** Written by staff in the reader's language; shown as typed. */
  subject: string;
  body: string;
  /** Our own click route (an opaque token), which leads to the programme page. */
  clickUrl: string;
  /** Our own 1×1 image route (the same token): counts an open, no third party involved. */
  openPixelUrl: string | null;
  unsubscribeUrl: string | null;
  preferencesUrl: string;
}

/** A programme campaign: the staff's message, one button to the programme, the way out of this category. */
export function campaignMail(props: CampaignMailProps, locale: MailLocale): RenderedMail {
  const open = translate(locale, "campaignMail.open");
  const footer = translate(locale, "campaignMail.footer");
  const unsubscribe = translate(locale, "campaignMail.unsubscribe");
  const preferences = translate(locale, "campaignMail.preferences");
  const paragraphs = props.body.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return renderMail({
    locale,
    subject: props.subject,
    footer,
    body: (
      <>
        {paragraphs.map((paragraph, i) => (
          <p key={i} style={{ whiteSpace: "pre-wrap" }}>
            {paragraph}
          </p>
        ))}
        <p>
          <a href={props.clickUrl} style={buttonStyle}>
            {open}
          </a>
        </p>
        <p style={{ fontSize: 12, color: "#666" }}>
          {props.unsubscribeUrl ? (
            <>
              <a href={props.unsubscribeUrl}>{unsubscribe}</a> ·{" "}
            </>
          ) : null}
          <a href={props.preferencesUrl}>{preferences}</a>
        </p>
        {props.openPixelUrl ? (
          <img src={props.openPixelUrl} width={1} height={1} alt="" style={{ display: "block", border: 0 }} />
        ) : null}
      </>
    ),
    text: [
      props.body,
      `${open}: ${props.clickUrl}`,
      props.unsubscribeUrl ? `${unsubscribe}: ${props.unsubscribeUrl}` : "",
      `${preferences}: ${props.preferencesUrl}`,
    ]
      .filter(Boolean)
      .join("\n\n"),
  });
}
