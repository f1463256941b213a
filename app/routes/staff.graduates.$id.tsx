import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { viewGraduateAsStaff } from "../graduates/roster.server";
import { forbidden, notFound } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "graduate:read-personal");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const result = await viewGraduateAsStaff(await getDb(), { userId: user.id, scope: user.scope }, id.data);
  if (result.status === "not_found") notFound();
  if (result.status === "forbidden") forbidden();
  return { graduate: result.graduate };
}

export default function GraduateDetail() {
  const { graduate } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <p><Link to="/staff/graduates">← {t("graduates.title")}</Link></p>
      <h1>{graduate.name}</h1>
      <dl className="facts">
        <dt>{t("graduates.studentNo")}</dt>
        <dd>{graduate.studentNo}</dd>
        <dt>{t("graduates.gender")}</dt>
        <dd>{t(`gender.${graduate.gender}`)}</dd>
        <dt>{t("graduates.college")}</dt>
        <dd>{locale === "en" ? graduate.collegeEn : graduate.collegeZh}</dd>
        <dt>{t("graduates.major")}</dt>
        <dd>{locale === "en" ? graduate.majorEn : graduate.majorZh}</dd>
        <dt>{t("graduates.degree")}</dt>
        <dd>{t(`degree.${graduate.degree}`)}</dd>
        <dt>{t("graduates.cohort")}</dt>
        <dd>{graduate.cohort}</dd>
        <dt>{t("graduates.phone")}</dt>
        <dd data-testid="phone">{graduate.phone ?? "—"}</dd>
        <dt>{t("graduates.email")}</dt>
        <dd>{graduate.email ?? "—"}</dd>
        <dt>{t("graduates.difficulties")}</dt>
        <dd data-testid="difficulties">{graduate.difficulties.length ? graduate.difficulties.join("、") : t("graduates.difficulties.none")}</dd>
      </dl>
      <p><Link to={`/staff/support/${graduate.id}`}>{t("support.plan.link")}</Link></p>
      <p className="muted">{t("graduates.auditNote")}</p>
    </div>
  );
}
