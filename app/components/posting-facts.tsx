import type { PostingContent } from "../../vocabulary";
import { listFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";
import { cityList } from "../school/region-names";
import { formatSchoolDate } from "../time";
import { formatPay } from "./highlight";

/**
 * A posting's content read-only (the employer's view while it is in review, the reviewer's page).
 * Labels are the "shown" forms: form labels carry typing hints ("用逗号分隔") that mean nothing here.
 */
export function PostingFacts({ content }: { content: PostingContent }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="facts" data-testid="posting-facts">
      <dt>{t("posting.title")}</dt>
      <dd>{content.title}</dd>
      <dt>{t("posting.category")}</dt>
      <dd>{content.category}</dd>
      <dt>{t("posting.jobType")}</dt>
      <dd>{t(`posting.jobType.${content.jobType}`)}</dd>
      <dt>{t("posting.headcount")}</dt>
      <dd>{content.headcount}</dd>
      <dt>{t("posting.salary")}</dt>
      <dd>{formatPay(content.salaryMin, content.salaryMax, locale)}</dd>
      <dt>{t("posting.cities.shown")}</dt>
      <dd>
        {cityList(
          locale,
          content.cities.map((c) => c.city),
        )}
      </dd>
      <dt>{t("posting.degree")}</dt>
      <dd>{content.degree === "any" ? t("posting.degree.any") : t(`degree.${content.degree}`)}</dd>
      <dt>{t("posting.majors.shown")}</dt>
      <dd>{listFor(locale, content.majors) || "—"}</dd>
      <dt>{t("posting.deadline")}</dt>
      <dd>{formatSchoolDate(content.deadline, locale)}</dd>
      <dt>{t("posting.duties")}</dt>
      <dd className="prewrap">{content.duties}</dd>
      <dt>{t("posting.requirements")}</dt>
      <dd className="prewrap">{content.requirements}</dd>
      <dt>{t("posting.benefits")}</dt>
      <dd className="prewrap">{content.benefits || "—"}</dd>
      <dt>{t("posting.contact.shown")}</dt>
      <dd>{content.contact || "—"}</dd>
    </dl>
  );
}
