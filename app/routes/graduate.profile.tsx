import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary, SelectField, TextAreaField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { MAX_UPLOAD_BYTES } from "../files/uploads.server";
import { graduateContext, saveProfile, uploadResume } from "../graduates/profile.server";
import { ProfileSchema } from "../graduates/schema";
import { domainFailure, formFailure, formValues, parseForm } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { JOB_TYPES } from "../../vocabulary";
import { formatSchoolDateTime } from "../time";

export const meta: MetaFunction = () => [{ title: "求职档案 · 就业" }];

async function load(request: Request) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const ctx = await graduateContext(db, user.id);
  if (!ctx) throw redirect("/graduate/link");
  return { user, db, ctx };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await load(request);
  const p = ctx.profile;
  return {
    graduate: {
      id: ctx.graduate.id,
      name: ctx.graduate.name,
      studentNo: ctx.graduate.studentNo,
      majorZh: ctx.majorZh,
      majorEn: ctx.majorEn,
      collegeZh: ctx.collegeZh,
      collegeEn: ctx.collegeEn,
      cohort: ctx.graduate.cohort,
      degree: ctx.graduate.degree,
    },
    profile: {
      skills: p.skills.join("、"),
      preferredCities: p.preferredCities.join("、"),
      preferredIndustries: p.preferredIndustries.join("、"),
      expectedPay: p.expectedPay === null ? "" : String(p.expectedPay),
      jobTypes: p.jobTypes,
      intro: p.intro,
      nonPersonalised: p.nonPersonalised,
      digestFrequency: p.digestFrequency,
      language: p.language,
    },
    resume: p.resumeFile ? { size: p.resumeSize ?? 0, uploadedAt: p.resumeUploadedAt } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, db, ctx } = await load(request);
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_UPLOAD_BYTES + 256 * 1024) {
    return formFailure({ resume: ["upload.tooLarge"] }, {}, 413);
  }
  const form = await request.formData();
  switch (form.get("intent")) {
    case "save": {
      const parsed = parseForm(ProfileSchema, form);
      if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
      await saveProfile(db, { graduateId: ctx.graduate.id, userId: user.id, profile: parsed.data });
      return { ok: true as const, done: "profile.saved" };
    }
    case "resume": {
      const file = form.get("resume");
      if (!(file instanceof File) || file.size === 0) return formFailure({ resume: ["upload.empty"] });
      try {
        await uploadResume(db, { graduateId: ctx.graduate.id, userId: user.id, file });
      } catch (error) {
        return domainFailure(error);
      }
      return { ok: true as const, done: "profile.saved" };
    }
    default:
      return formFailure({ _form: ["form.unknownIntent"] }, formValues(form));
  }
}

export default function GraduateProfile() {
  const { graduate, profile, resume } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const failure = result && !result.ok ? result : undefined;
  const echoedJobTypes = failure?.values.jobTypes?.split(",") ?? profile.jobTypes;
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/graduate">← {t("graduate.home.title")}</Link>
      </p>
      <h1>{t("profile.title")}</h1>
      <p>
        {graduate.name} · {graduate.studentNo} · {locale === "en" ? graduate.collegeEn : graduate.collegeZh} ·{" "}
        {locale === "en" ? graduate.majorEn : graduate.majorZh} · {t(`degree.${graduate.degree}`)} · {graduate.cohort}
      </p>
      <ErrorSummary result={failure} />
      {result?.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}

      <h2>{t("profile.resume")}</h2>
      {resume ? (
        <p data-testid="resume-current">
          {t("profile.resume.current", {
            date: resume.uploadedAt ? formatSchoolDateTime(resume.uploadedAt, locale) : "",
            size: Math.ceil(resume.size / 1024),
          })}{" "}
          <a href={`/graduates/${graduate.id}/resume`}>{t("profile.resume.download")}</a>
        </p>
      ) : (
        <p>{t("profile.resume.none")}</p>
      )}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="resume" />
        <div className="field">
          <label htmlFor="field-resume">{t("profile.resume")}</label>
          <span className="field__hint">{t("profile.resume.hint")}</span>
          <input id="field-resume" name="resume" type="file" accept="application/pdf,.pdf" required />
        </div>
        <button type="submit" className="button">
          {t("profile.resume")} ↑
        </button>
      </Form>

      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        <TextField
          name="skills"
          label={t("profile.skills")}
          hint={t("profile.skills.hint")}
          defaultValue={profile.skills}
          result={failure}
        />
        <TextField
          name="preferredCities"
          label={t("profile.cities")}
          hint={t("profile.cities.hint")}
          defaultValue={profile.preferredCities}
          result={failure}
        />
        <TextField
          name="preferredIndustries"
          label={t("profile.industries")}
          hint={t("profile.industries.hint")}
          defaultValue={profile.preferredIndustries}
          result={failure}
        />
        <TextField
          name="expectedPay"
          type="number"
          label={t("profile.expectedPay")}
          defaultValue={profile.expectedPay}
          result={failure}
        />
        <fieldset className="field">
          <legend>{t("profile.jobTypes")}</legend>
          <div className="radio-row" id="field-jobTypes">
            {JOB_TYPES.map((type) => (
              <label key={type}>
                <input type="checkbox" name="jobTypes" value={type} defaultChecked={echoedJobTypes.includes(type)} />{" "}
                {t(`posting.jobType.${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField
          name="intro"
          label={t("profile.intro")}
          hint={t("profile.intro.hint")}
          defaultValue={profile.intro}
          result={failure}
          rows={4}
        />
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              name="nonPersonalised"
              defaultChecked={failure ? failure.values.nonPersonalised === "on" : profile.nonPersonalised}
            />{" "}
            {t("profile.nonPersonalised")}
          </label>
          <span className="field__hint">{t("profile.nonPersonalised.hint")}</span>
        </div>
        <SelectField
          name="digestFrequency"
          label={t("profile.digest")}
          defaultValue={profile.digestFrequency}
          result={failure}
          options={(["weekly", "daily", "off"] as const).map((f) => ({ value: f, label: t(`profile.digest.${f}`) }))}
        />
        <SelectField
          name="language"
          label={t("profile.language")}
          defaultValue={profile.language}
          result={failure}
          options={[
            { value: "zh-CN", label: "中文" },
            { value: "en", label: "English" },
          ]}
        />
        <button type="submit" className="button">
          {t("profile.save")}
        </button>
      </Form>
    </div>
  );
}
