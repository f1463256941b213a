import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { EMPLOYER_TYPES } from "../../vocabulary";
import { requirePermission } from "../auth/session.server";
import {
  ActionForm,
  CheckboxField,
  ErrorSummary,
  FileField,
  SelectField,
  TextAreaField,
  TextField,
} from "../components/form";
import { getDb } from "../db.server";
import { getMembership, registerEmployer } from "../employers/employers.server";
import { EmployerRegistrationForm } from "../employers/schema";
import { MAX_UPLOAD_BYTES, storeUpload } from "../files/uploads.server";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { INDUSTRIES, PROVINCES, REGIONS } from "../school/regions";

export const meta = pageTitle("employer.register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  if (await getMembership(await getDb(), user.id)) throw redirect("/employer");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  return formAction(
    request,
    EmployerRegistrationForm,
    async ({ licence, ...registration }) => {
      const stored = await storeUpload("licence", licence, "licence");
      await registerEmployer(await getDb(), { userId: user.id }, { registration, licence: stored });
      return redirect("/employer");
    },
    // Refuse oversized bodies before reading them; the licence itself is limited to 5 MB.
    { limit: { bytes: MAX_UPLOAD_BYTES + 256 * 1024, form: "register", field: "licence", key: "upload.tooLarge" } },
  );
}

export default function RegisterEmployer() {
  const result = useActionData<typeof action>();
  const t = useT();
  const cities = Object.values(REGIONS).flat();
  return (
    <div className="page page--narrow">
      <h1>{t("employer.register.title")}</h1>
      <p className="lead">{t("employer.register.lead")}</p>
      <ErrorSummary result={result} />
      <ActionForm id="register" result={result} encType="multipart/form-data" noValidate>
        <TextField name="name" label={t("employer.name")} required />
        <TextField name="creditCode" label={t("employer.creditCode")} hint={t("employer.creditCode.hint")} required />
        <SelectField
          name="type"
          label={t("employer.type")}
          placeholder="—"
          options={EMPLOYER_TYPES.map((type) => ({ value: type, label: t(`employer.type.${type}`) }))}
        />
        <SelectField
          name="industry"
          label={t("employer.industry")}
          placeholder="—"
          options={INDUSTRIES.map((i) => ({ value: i, label: i }))}
        />
        <SelectField
          name="province"
          label={t("employer.province")}
          placeholder="—"
          options={PROVINCES.map((p) => ({ value: p, label: p }))}
        />
        <SelectField
          name="city"
          label={t("employer.city")}
          placeholder="—"
          options={cities.map((c) => ({ value: c, label: c }))}
        />
        <TextField name="address" label={t("employer.address")} required />
        <TextField name="website" label={t("employer.website")} />
        <TextField
          name="contactEmail"
          type="email"
          label={t("employer.contactEmail")}
          hint={t("employer.contactEmail.hint")}
          required
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={t("employer.contactPhone")}
          hint={t("employer.contactPhone.hint")}
          required
        />
        <TextAreaField name="description" label={t("employer.description")} />
        <CheckboxField name="isAgency" label={t("employer.isAgency")} />
        <TextField name="hrLicenceNo" label={t("employer.hrLicenceNo")} />
        <FileField name="licence" label={t("employer.licence")} kind="licence" />
        <button type="submit" className="button">
          {t("employer.register.submit")}
        </button>
      </ActionForm>
    </div>
  );
}
