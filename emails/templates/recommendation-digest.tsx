import { translate } from "../../app/i18n/messages";
import { renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface DigestItem {
  title: string;
  employerName: string;
  cities: string[];
  salaryMin: number;
  salaryMax: number;
  url: string;
  reasons: string[];
}

export interface RecommendationDigestProps {
  name: string;
  items: DigestItem[];
  /** True when the graduate switched personalisation off: the mail says these are just the newest postings. */
  nonPersonalised: boolean;
  frequency: "weekly" | "daily";
  unsubscribeUrl: string;
  preferencesUrl: string;
}

const pay = (min: number, max: number) =>
  `${(min / 1000).toFixed(min % 1000 ? 1 : 0)}k–${(max / 1000).toFixed(max % 1000 ? 1 : 0)}k`;

/** The recommendation digest: best new postings with the reasons each was chosen. */
export function recommendationDigestMail(props: RecommendationDigestProps, locale: MailLocale): RenderedMail {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const intro = t(props.nonPersonalised ? "mail.digest.introPlain" : "mail.digest.intro", {
    count: props.items.length,
  });
  const footer = t(`mail.digest.footer.${props.frequency}`);
  const unsubscribe = t("mail.digest.unsubscribe");
  const reasonsLabel = t("recommend.reasons");
  const text = [
    t("mail.greeting", { name: props.name }),
    "",
    intro,
    "",
    ...props.items.flatMap((item, i) => [
      `${i + 1}. ${item.title} · ${item.employerName}`,
      `   ${item.cities.join("、")} · ${pay(item.salaryMin, item.salaryMax)}`,
      ...(item.reasons.length ? [`   ${reasonsLabel}: ${item.reasons.join(" · ")}`] : []),
      `   ${item.url}`,
    ]),
    "",
    `${t("mail.digest.preferences")}: ${props.preferencesUrl}`,
    `${unsubscribe}: ${props.unsubscribeUrl}`,
  ].join("\n");
  return renderMail({
    locale,
    subject: t(props.nonPersonalised ? "mail.digest.subjectPlain" : "mail.digest.subject", {
      count: props.items.length,
    }),
    footer,
    body: (
      <>
        <p>{t("mail.greeting", { name: props.name })}</p>
        <p>{intro}</p>
        {props.items.map((item) => (
          <div key={item.url} style={{ borderTop: "1px solid #e4e7eb", padding: "12px 0" }}>
            <p style={{ margin: 0 }}>
              <a href={item.url} style={{ color: "#9b1c1c", fontWeight: 700, textDecoration: "none" }}>
                {item.title}
              </a>
            </p>
            <p style={{ margin: "4px 0", color: "#52606d", fontSize: 14 }}>
              {item.employerName} · {item.cities.join("、")} · {pay(item.salaryMin, item.salaryMax)}
            </p>
            {item.reasons.length ? (
              <p style={{ margin: 0, fontSize: 13 }}>
                {item.reasons.map((reason) => (
                  <span
                    key={reason}
                    style={{
                      display: "inline-block",
                      background: "#fdf0f0",
                      color: "#9b1c1c",
                      borderRadius: 4,
                      padding: "1px 6px",
                      marginRight: 6,
                    }}
                  >
                    {reason}
                  </span>
                ))}
              </p>
            ) : null}
          </div>
        ))}
        <p style={{ fontSize: 13, color: "#52606d" }}>
          <a href={props.preferencesUrl} style={{ color: "#52606d" }}>
            {t("mail.digest.preferences")}
          </a>
          {" · "}
          <a href={props.unsubscribeUrl} style={{ color: "#52606d" }}>
            {unsubscribe}
          </a>
        </p>
      </>
    ),
    text,
  });
}
