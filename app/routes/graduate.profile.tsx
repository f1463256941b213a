import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import {
  ActionForm,
  CheckboxField,
  CheckboxGroupField,
  FileField,
  SelectField,
  TextAreaField,
  TextField,
} from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { MAX_UPLOAD_BYTES } from "../files/uploads.server";
import { done, formAction } from "../forms/action.server";
import { graduateContext, saveProfile, uploadResume } from "../graduates/profile.server";
import { GraduateProfileForm } from "../graduates/schema";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { JOB_TYPES } from "../../vocabulary";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("profile.title");

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
      major: { nameZh: ctx.majorZh, nameEn: ctx.majorEn },
      college: { nameZh: ctx.collegeZh, nameEn: ctx.collegeEn },
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
  return formAction(
    request,
    GraduateProfileForm,
    {
      save: async ({ intent: _intent, ...profile }) => {
        await saveProfile(db, { userId: user.id }, { graduateId: ctx.graduate.id, profile });
        return done("profile.saved");
      },
      resume: async ({ resume }) => {
        await uploadResume(db, { userId: user.id }, { graduateId: ctx.graduate.id, file: resume });
        return done("profile.saved");
      },
    },
    { limit: { bytes: MAX_UPLOAD_BYTES + 256 * 1024, form: "upload", field: "resume", key: "upload.tooLarge" } },
  );
}

export default function GraduateProfile() {
  const { graduate, profile, resume } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/graduate">← {t("graduate.home.title")}</Link>
      </p>
      <h1>{t("profile.title")}</h1>
      <p>
        {graduate.name} · {graduate.studentNo} · {nameFor(locale, graduate.college)} · {nameFor(locale, graduate.major)}{" "}
        · {t(`degree.${graduate.degree}`)} · {graduate.cohort}
      </p>
      <FormOutcome result={result} />

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
      <ActionForm id="upload" intent="resume" result={result} encType="multipart/form-data">
        <FileField name="resume" label={t("profile.resume")} hint={t("profile.resume.hint")} kind="resume" required />
        <button type="submit" className="button">
          {t("profile.resume")} ↑
        </button>
      </ActionForm>

      <ActionForm id="profile" intent="save" result={result} noValidate>
        <TextField
          name="skills"
          label={t("profile.skills")}
          hint={t("profile.skills.hint")}
          defaultValue={profile.skills}
        />
        <TextField
          name="preferredCities"
          label={t("profile.cities")}
          hint={t("profile.cities.hint")}
          defaultValue={profile.preferredCities}
        />
        <TextField
          name="preferredIndustries"
          label={t("profile.industries")}
          hint={t("profile.industries.hint")}
          defaultValue={profile.preferredIndustries}
        />
        <TextField
          name="expectedPay"
          type="number"
          label={t("profile.expectedPay")}
          defaultValue={profile.expectedPay}
        />
        <CheckboxGroupField
          name="jobTypes"
          legend={t("profile.jobTypes")}
          options={JOB_TYPES.map((type) => ({ value: type, label: t(`posting.jobType.${type}`) }))}
          defaultValues={profile.jobTypes}
        />
        <TextAreaField
          name="intro"
          label={t("profile.intro")}
          hint={t("profile.intro.hint")}
          defaultValue={profile.intro}
          rows={4}
        />
        <CheckboxField
          name="nonPersonalised"
          label={t("profile.nonPersonalised")}
          hint={t("profile.nonPersonalised.hint")}
          defaultChecked={profile.nonPersonalised}
        />
        <SelectField
          name="digestFrequency"
          label={t("profile.digest")}
          defaultValue={profile.digestFrequency}
          options={(["weekly", "daily", "off"] as const).map((f) => ({ value: f, label: t(`profile.digest.${f}`) }))}
        />
        <SelectField
          name="language"
          label={t("profile.language")}
          defaultValue={profile.language}
          options={[
            { value: "zh-CN", label: "中文" },
            { value: "en", label: "English" },
          ]}
        />
        <button type="submit" className="button">
          {t("profile.save")}
        </button>
      </ActionForm>
    </div>
  );
}
