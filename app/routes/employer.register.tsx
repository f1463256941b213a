import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { EMPLOYER_TYPES } from "../../vocabulary";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary, FieldError, SelectField, TextAreaField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { getMembership, registerEmployer } from "../employers/employers.server";
import { EmployerRegistrationSchema } from "../employers/schema";
import { MAX_UPLOAD_BYTES, storeUpload } from "../files/uploads.server";
import { domainFailure, formFailure, formValues, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";
import { INDUSTRIES, PROVINCES, REGIONS } from "../school/regions";

export const meta: MetaFunction = () => [{ title: "登记用人单位 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  if (await getMembership(await getDb(), user.id)) throw redirect("/employer");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  // Refuse oversized bodies before reading them; the licence itself is limited to 5 MB.
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_UPLOAD_BYTES + 256 * 1024) {
    return formFailure({ licence: ["upload.tooLarge"] }, {}, 413);
  }
  const form = await request.formData();
  const values = formValues(form);
  const parsed = parseForm(EmployerRegistrationSchema, form);
  const licence = form.get("licence");
  const licenceErrors = licence instanceof File && licence.size > 0 ? [] : ["upload.empty"];
  if (!parsed.ok || licenceErrors.length) {
    return formFailure(
      { ...(parsed.ok ? {} : parsed.errors), ...(licenceErrors.length ? { licence: licenceErrors } : {}) },
      values,
    );
  }
  try {
    const stored = await storeUpload("licences", licence as File, ["pdf", "jpg", "png"], "licence");
    await registerEmployer(await getDb(), { userId: user.id }, parsed.data, stored);
  } catch (error) {
    return domainFailure(error, values);
  }
  return redirect("/employer");
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
      <Form method="post" encType="multipart/form-data" noValidate>
        <TextField name="name" label={t("employer.name")} required result={result} />
        <TextField
          name="creditCode"
          label={t("employer.creditCode")}
          hint={t("employer.creditCode.hint")}
          required
          result={result}
        />
        <SelectField
          name="type"
          label={t("employer.type")}
          result={result}
          placeholder="—"
          options={EMPLOYER_TYPES.map((type) => ({ value: type, label: t(`employer.type.${type}`) }))}
        />
        <SelectField
          name="industry"
          label={t("employer.industry")}
          result={result}
          placeholder="—"
          options={INDUSTRIES.map((i) => ({ value: i, label: i }))}
        />
        <SelectField
          name="province"
          label={t("employer.province")}
          result={result}
          placeholder="—"
          options={PROVINCES.map((p) => ({ value: p, label: p }))}
        />
        <SelectField
          name="city"
          label={t("employer.city")}
          result={result}
          placeholder="—"
          options={cities.map((c) => ({ value: c, label: c }))}
        />
        <TextField name="address" label={t("employer.address")} required result={result} />
        <TextField name="website" label={t("employer.website")} result={result} />
        <TextField
          name="contactEmail"
          type="email"
          label={t("employer.contactEmail")}
          hint={t("employer.contactEmail.hint")}
          required
          result={result}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={t("employer.contactPhone")}
          hint={t("employer.contactPhone.hint")}
          required
          result={result}
        />
        <TextAreaField name="description" label={t("employer.description")} result={result} />
        <div className="field">
          <label>
            <input
              type="checkbox"
              name="isAgency"
              defaultChecked={result && !result.ok ? result.values.isAgency === "on" : false}
            />{" "}
            {t("employer.isAgency")}
          </label>
        </div>
        <TextField name="hrLicenceNo" label={t("employer.hrLicenceNo")} result={result} />
        <div className="field">
          <label htmlFor="field-licence">{t("employer.licence")}</label>
          <input
            id="field-licence"
            name="licence"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-describedby="error-licence"
          />
          <FieldError result={result} name="licence" />
        </div>
        <button type="submit" className="button">
          {t("employer.register.submit")}
        </button>
      </Form>
    </div>
  );
}
