import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { EMPLOYER_STATES } from "../../vocabulary";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { listEmployersForStaff } from "../employers/employers.server";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";
import { pageTitle } from "../i18n/title";
import { DataTable } from "../components/list-page";

export const meta = pageTitle("employer.list.title");

const FilterSchema = z.object({
  status: z.enum(EMPLOYER_STATES).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaffScope(request, "vetting:read");
  const params = new URL(request.url).searchParams;
  const filter = FilterSchema.parse({ status: params.get("status") ?? "pending", q: params.get("q") || undefined });
  return { employers: await listEmployersForStaff(await getDb(), filter), filter };
}

export default function StaffEmployers() {
  const { employers, filter } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("employer.list.title")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("employer.status")}</label>
          <select id="status" name="status" defaultValue={filter.status ?? ""}>
            {EMPLOYER_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`employer.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">
            {t("employer.name")} / {t("employer.creditCode")}
          </label>
          <input id="q" name="q" defaultValue={filter.q ?? ""} />
        </div>
        <button className="button" type="submit">
          {t("jobs.submit")}
        </button>
      </Form>
      <DataTable
        columns={[
          t("employer.name"),
          t("employer.creditCode"),
          t("employer.type"),
          t("employer.city"),
          t("vetting.waiting"),
        ]}
      >
        {employers.map((e) => (
          <tr key={e.id}>
            <td>
              <Link to={`/staff/employers/${e.id}`}>{e.name}</Link>
            </td>
            <td>
              <code>{e.creditCode}</code>
            </td>
            <td>{t(`employer.type.${e.type}`)}</td>
            <td>{e.city}</td>
            <td>{formatSchoolDate(e.createdAt, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
