import { translate } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface GraduateActivationProps {
  name: string;
  schoolName: string;
  activationUrl: string;
  /** Days the link stays valid. */
  days: number;
}

/** Sent to a graduate imported on the roster: a one-time link to set a password. */
export function graduateActivationMail(props: GraduateActivationProps, locale: MailLocale): RenderedMail {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const body = t("mail.activation.body", { school: props.schoolName, days: props.days });
  return renderMail({
    locale,
    subject: t("mail.activation.subject", { school: props.schoolName }),
    footer: t("mail.activation.footer"),
    body: (
      <>
        <p>{t("mail.greeting", { name: props.name })}</p>
        <p>{body}</p>
        <p>
          <a href={props.activationUrl} style={buttonStyle}>
            {t("mail.activation.button")}
          </a>
        </p>
        <p style={{ fontSize: 13, color: "#52606d" }}>{props.activationUrl}</p>
      </>
    ),
    text: `${t("mail.greeting", { name: props.name })}\n\n${body}\n\n${t("mail.activation.button")}: ${props.activationUrl}`,
  });
}
