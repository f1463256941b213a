import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { createStaffAccount } from "../auth/accounts.server";
import { listRecentUsers } from "../auth/admin.server";
import { StaffAccountSchema } from "../auth/schema";
import { staffActor } from "../auth/actor";
import { requirePermission, requireStaffScope } from "../auth/session.server";
import { MailLanguageField, NewPasswordField } from "../components/account-fields";
import { ActionForm, ErrorSummary, SelectField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { DataTable } from "../components/list-page";
import { useLocale, useT } from "../i18n/use-t";
import { resolveLocale } from "../i18n/locale.server";
import { listColleges } from "../school/school.server";
import { STAFF_ROLES } from "../../vocabulary";

export const meta = pageTitle("users.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  const db = await getDb();
  const [recent, allColleges] = await Promise.all([listRecentUsers(db), listColleges(db)]);
  const users = recent.map(({ collegeZh, collegeEn, ...user }) => ({
    ...user,
    college: collegeZh ? { nameZh: collegeZh, nameEn: collegeEn } : null,
  }));
  return { users, colleges: allColleges };
}

export async function action({ request }: ActionFunctionArgs) {
  // Admins always carry the school's scope (a staff account without one is denied, app/auth/session.server.ts).
  const admin = await requireStaffScope(request, "user:manage");
  return formAction(request, StaffAccountSchema, async (input) => {
    await createStaffAccount(await getDb(), staffActor(admin), {
      ...input,
      collegeId: input.scope,
      locale: input.locale ?? resolveLocale(request),
    });
    return {};
  });
}

export default function AdminUsers() {
  const { users, colleges } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
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
        <ActionForm id="create" result={result} noValidate key={result?.ok ? "done" : "editing"}>
          <TextField name="displayName" label={t("auth.displayName")} required />
          <TextField name="email" type="email" label={t("auth.email")} required />
          <NewPasswordField />
          <SelectField
            name="role"
            label={t("auth.role")}
            defaultValue="staff"
            options={STAFF_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
          <SelectField
            name="scope"
            label={t("users.scope")}
            defaultValue="school"
            options={[
              { value: "school", label: t("account.scope.school") },
              ...colleges.map((college) => ({ value: String(college.id), label: nameFor(locale, college) })),
            ]}
          />
          <MailLanguageField defaultValue={locale} />
          <button type="submit" className="button">
            {t("users.create.submit")}
          </button>
        </ActionForm>
      </section>
      <h2>{t("users.list")}</h2>
      <DataTable columns={[t("auth.displayName"), t("auth.email"), t("auth.role"), t("users.scope")]}>
        {users.map((user) => (
          <tr key={user.id}>
            <td>{user.displayName}</td>
            <td>{user.email}</td>
            <td>{t(`role.${user.role}`)}</td>
            <td>{user.hasScope ? (user.college ? nameFor(locale, user.college) : t("account.scope.school")) : "—"}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
