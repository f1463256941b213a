import { translate } from "../../app/i18n/messages";
import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface ApplicationStatusProps {
  name: string;
  postingTitle: string;
  employerName: string;
  status: string;
  url: string;
}

/** Sent to the graduate at every status change an employer makes. */
export function applicationStatusMail(props: ApplicationStatusProps, locale: MailLocale): RenderedMail {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const status = t(`application.state.${props.status}`);
  const body = t("mail.applicationStatus.body", { posting: props.postingTitle, employer: props.employerName, status });
  return renderMail({
    locale,
    subject: t("mail.applicationStatus.subject", { posting: props.postingTitle, status }),
    footer: t("mail.applicationStatus.footer"),
    body: (
      <>
        <p>{t("mail.greeting", { name: props.name })}</p>
        <p>{body}</p>
        <p>
          <a href={props.url} style={buttonStyle}>
            {t("mail.applicationStatus.button")}
          </a>
        </p>
      </>
    ),
    text: `${t("mail.greeting", { name: props.name })}\n\n${body}\n\n${t("mail.applicationStatus.button")}: ${props.url}`,
  });
}
