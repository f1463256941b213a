import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { viewFunnelReport } from "../programmes/report.server";
import { funnelReportQuery } from "../programmes/schema";
import { tablesWorkbook } from "../reports/tables.server";

/** The funnel report as Excel: the page's own tables, one sheet each, in the reader's language. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "report:export");
  const locale = resolveLocale(request, user.locale);
  const query = funnelReportQuery(new URL(request.url));
  const { tables, filter } = await orDeny(viewFunnelReport(await getDb(), staffActor(user), query, locale));
  const filename = `programme-funnel-${filter.slug ?? "all"}-${filter.year}-${filter.collegeId ?? "school"}.xlsx`;
  return new Response(createReadableStreamFromReadable(tablesWorkbook(tables)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
