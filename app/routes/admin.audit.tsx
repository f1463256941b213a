import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listAudit } from "../auth/admin.server";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";
import { pageTitle } from "../i18n/title";
import { DataTable } from "../components/list-page";

export const meta = pageTitle("audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:read");
  const page = Math.max(1, Number(new URL(request.url).searchParams.get("page")) || 1);
  return { entries: await listAudit(await getDb(), page), page };
}

export default function AuditLog() {
  const { entries, page } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("audit.title")}</h1>
      <DataTable columns={[t("audit.when"), t("audit.who"), t("audit.action"), t("audit.subject")]}>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatSchoolDateTime(entry.createdAt, locale)}</td>
            <td>{entry.actor ?? "—"}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>
              {entry.subjectType} {entry.subjectId ? <code>{entry.subjectId.slice(0, 8)}</code> : null}
            </td>
          </tr>
        ))}
      </DataTable>
      <nav className="pager" aria-label="pagination">
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("pager.prev")}</Link> : null}
        {entries.length === 50 ? <Link to={`?page=${page + 1}`}>{t("pager.next")}</Link> : null}
      </nav>
    </div>
  );
}
