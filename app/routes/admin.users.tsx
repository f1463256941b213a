import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { createStaffAccount } from "../auth/accounts.server";
import { listRecentUsers, StaffAccountSchema } from "../auth/admin.server";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary, FieldError, TextField } from "../components/form";
import { getDb } from "../db.server";
import { domainFailure, formFailure, parseForm } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { resolveLocale } from "../i18n/locale.server";
import { listColleges } from "../school/school.server";

export const meta: MetaFunction = () => [{ title: "用户管理 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  const db = await getDb();
  const [recent, allColleges] = await Promise.all([listRecentUsers(db), listColleges(db)]);
  return { users: recent, colleges: allColleges };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "user:manage");
  const parsed = parseForm(StaffAccountSchema, await request.formData());
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    await createStaffAccount(await getDb(), admin.id, {
      ...parsed.data,
      collegeId: parsed.data.scope,
      locale: resolveLocale(request),
    });
  } catch (error) {
    return domainFailure(error, { email: parsed.data.email, displayName: parsed.data.displayName });
  }
  return { ok: true as const };
}

export default function AdminUsers() {
  const { users, colleges } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const failure = result && !result.ok ? result : undefined;
  return (
    <div className="page">
      <h1>{t("users.title")}</h1>
      <section className="card" aria-labelledby="create-staff">
        <h2 id="create-staff">{t("users.create")}</h2>
        {result?.ok ? (
          <p className="notice" role="status">
            {t("users.created")}
          </p>
        ) : null}
        <ErrorSummary result={result} />
        <Form method="post" noValidate key={result?.ok ? "done" : "editing"}>
          <TextField name="displayName" label={t("auth.displayName")} required result={result} />
          <TextField name="email" type="email" label={t("auth.email")} required result={result} />
          <TextField
            name="password"
            type="password"
            label={t("auth.password")}
            hint={t("auth.password.hint")}
            required
            result={result}
            autoComplete="new-password"
          />
          <div className="field">
            <label htmlFor="field-role">{t("auth.role")}</label>
            <select id="field-role" name="role" defaultValue={failure?.values.role ?? "staff"}>
              <option value="staff">{t("role.staff")}</option>
              <option value="admin">{t("role.admin")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="field-scope">{t("users.scope")}</label>
            <select
              id="field-scope"
              name="scope"
              defaultValue={failure?.values.scope ?? "school"}
              aria-describedby="error-scope"
            >
              <option value="school">{t("account.scope.school")}</option>
              {colleges.map((college) => (
                <option key={college.id} value={college.id}>
                  {locale === "en" ? college.nameEn : college.nameZh}
                </option>
              ))}
            </select>
            <FieldError result={result} name="scope" />
          </div>
          <button type="submit" className="button">
            {t("users.create.submit")}
          </button>
        </Form>
      </section>
      <h2>{t("users.list")}</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("auth.displayName")}</th>
              <th scope="col">{t("auth.email")}</th>
              <th scope="col">{t("auth.role")}</th>
              <th scope="col">{t("users.scope")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.email}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>
                  {user.hasScope
                    ? user.collegeZh
                      ? locale === "en"
                        ? user.collegeEn
                        : user.collegeZh
                      : t("account.scope.school")
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
