import type { LoaderFunctionArgs } from "@remix-run/node";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { viewFunnelReport } from "../programmes/report.server";
import { funnelReportQuery } from "../programmes/schema";
import { tablesWorkbook, xlsxResponse } from "../reports/workbook.server";

/** The funnel report as Excel: the page's own tables, one sheet each, in the reader's language. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "report:export");
  const locale = resolveLocale(request, user.locale);
  const query = funnelReportQuery(new URL(request.url));
  const { tables, filter } = await orDeny(viewFunnelReport(await getDb(), staffActor(user), query, locale));
  const filename = `programme-funnel-${filter.slug ?? "all"}-${filter.year}-${filter.collegeId ?? "school"}.xlsx`;
  // The page's tables with the row label as the first cell: the sheet holds what the page shows.
  const sheets = tables.map((table) => ({
    title: table.title,
    columns: table.head,
    rows: table.rows.map((row) => [row.label, ...row.cells]),
  }));
  return xlsxResponse(await tablesWorkbook(sheets), filename, filename);
}
