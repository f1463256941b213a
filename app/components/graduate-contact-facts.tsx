import { useT } from "../i18n/use-t";

/**
 * A graduate's phone (a link that dials it), e-mail and declared difficulties, as facts on the staff
 * pages about one graduate (their record, their support plan). Lists never show these: they are
 * read, and audited, one graduate at a time.
 */
export function GraduateContactFacts({
  graduate,
}: {
  graduate: { phone: string | null; email: string | null; difficulties: readonly string[] };
}) {
  const t = useT();
  return (
    <>
      <dt>{t("graduates.phone")}</dt>
      <dd data-testid="phone">{graduate.phone ? <a href={`tel:${graduate.phone}`}>{graduate.phone}</a> : "—"}</dd>
      <dt>{t("graduates.email")}</dt>
      <dd>{graduate.email ?? "—"}</dd>
      <dt>{t("graduates.difficulties")}</dt>
      <dd data-testid="difficulties">
        {graduate.difficulties.length ? graduate.difficulties.join("、") : t("graduates.difficulties.none")}
      </dd>
    </>
  );
}
