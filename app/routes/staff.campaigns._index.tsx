import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { createCampaign, listCampaigns, previewCampaign } from "../campaigns/campaigns.server";
import { CampaignForm, targetOf } from "../campaigns/schema";
import { ActionForm, ErrorSummary, SelectField, TextAreaField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { resolveLocale } from "../i18n/locale.server";
import { nameFor, textFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { listProgrammes } from "../programmes/programmes.server";
import { ELIGIBILITY_DEGREES } from "../programmes/schema";
import { listColleges, listMajors } from "../school/school.server";
import { formatSchoolDateTime, schoolDate } from "../time";

export const meta = pageTitle("campaign.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const db = await getDb();
  const locale = resolveLocale(request, user.locale);
  const today = schoolDate();
  const [campaigns, colleges, majors, programmes] = await Promise.all([
    listCampaigns(db, staffActor(user)),
    listColleges(db),
    listMajors(db),
    listProgrammes(db, { today }),
  ]);
  const fixedCollegeId = user.scope.kind === "college" ? user.scope.collegeId : null;
  const year = Number(today.slice(0, 4));
  return {
    campaigns,
    fixedCollegeId,
    colleges: colleges
      .filter((c) => fixedCollegeId === null || c.id === fixedCollegeId)
      .map((c) => ({ id: c.id, name: nameFor(locale, c) })),
    majors: majors
      .filter((m) => fixedCollegeId === null || m.collegeId === fixedCollegeId)
      .map((m) => ({ id: m.id, name: nameFor(locale, m) })),
    programmes: programmes.map((p) => ({ slug: p.slug, name: nameFor(locale, p) })),
    years: [year, year + 1],
    cohorts: [year, year + 1, year + 2],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const db = await getDb();
  const actor = staffActor(user);
  return formAction(request, CampaignForm, {
    preview: async (input) => {
      const preview = await previewCampaign(db, actor, { slug: input.slug, year: input.year, target: targetOf(input) });
      return { preview: { count: preview.count, sample: preview.sample } };
    },
    create: async (input) => {
      const id = await createCampaign(db, actor, {
        slug: input.slug,
        year: input.year,
        target: targetOf(input),
        subjectZh: input.subjectZh,
        subjectEn: input.subjectEn,
        bodyZh: input.bodyZh,
        bodyEn: input.bodyEn,
      });
      return redirect(`/staff/campaigns/${id}`);
    },
  });
}

export default function StaffCampaigns() {
  const { campaigns, colleges, majors, programmes, years, cohorts, fixedCollegeId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const preview = result && "preview" in result ? result.preview : null;
  const any = { value: "", label: t("campaign.field.any") };
  return (
    <div className="page stack">
      <h1>{t("campaign.title")}</h1>
      {campaigns.length === 0 ? (
        <p className="empty">{t("campaign.list.none")}</p>
      ) : (
        <ul className="plain stack">
          {campaigns.map((c) => (
            <li key={c.id}>
              <Link to={`/staff/campaigns/${c.id}`}>{textFor(locale, { zh: c.subjectZh, en: c.subjectEn })}</Link> ·{" "}
              {c.sentAt ? t("campaign.sentAt", { at: formatSchoolDateTime(c.sentAt, locale) }) : t("campaign.notSent")}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("campaign.new")}</h2>
      <ErrorSummary result={result} />
      <ActionForm id="campaign" result={result} className="stack">
        <SelectField
          name="slug"
          label={t("campaign.field.slug")}
          options={programmes.map((p) => ({ value: p.slug, label: p.name }))}
        />
        <SelectField
          name="year"
          label={t("campaign.field.year")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          name="cohort"
          label={t("campaign.field.cohort")}
          options={cohorts.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          name="collegeId"
          label={t("campaign.field.collegeId")}
          options={[
            ...(fixedCollegeId === null ? [any] : []),
            ...colleges.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
        />
        <SelectField
          name="majorId"
          label={t("campaign.field.majorId")}
          options={[any, ...majors.map((m) => ({ value: String(m.id), label: m.name }))]}
        />
        <SelectField
          name="degree"
          label={t("campaign.field.degree")}
          options={[any, ...ELIGIBILITY_DEGREES.map((d) => ({ value: d, label: t(`degree.${d}`) }))]}
        />
        <SelectField
          name="eligibility"
          label={t("campaign.field.eligibility")}
          defaultValue="passOrCheck"
          options={(["pass", "passOrCheck", "any"] as const).map((v) => ({
            value: v,
            label: t(`campaign.eligibility.${v}`),
          }))}
        />
        <button type="submit" name="intent" value="preview" className="button button--secondary">
          {t("campaign.preview")}
        </button>
        {preview ? (
          <section aria-live="polite" className="card">
            <p role="status">
              <strong>{t("campaign.preview.count", { count: preview.count })}</strong>
            </p>
            {preview.sample.length > 0 ? (
              <>
                <h3>{t("campaign.preview.sample")}</h3>
                <ul className="plain" data-testid="campaign-sample">
                  {preview.sample.map((g) => (
                    <li key={g.studentNo}>
                      {g.name}（{g.studentNo}）
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}
        <TextField name="subjectZh" label={t("campaign.field.subjectZh")} />
        <TextField name="subjectEn" label={t("campaign.field.subjectEn")} />
        <TextAreaField name="bodyZh" label={t("campaign.field.bodyZh")} rows={6} />
        <TextAreaField name="bodyEn" label={t("campaign.field.bodyEn")} rows={6} />
        <button type="submit" name="intent" value="create" className="button">
          {t("campaign.create")}
        </button>
      </ActionForm>
    </div>
  );
}
