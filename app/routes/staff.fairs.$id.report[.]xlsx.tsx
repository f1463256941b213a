import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { fairReportTables } from "../fairs/report";
import { viewFairReport } from "../fairs/report.server";
import { notFound, orDeny } from "../http.server";
import { resolveLocale } from "../i18n/locale.server";
import { translate } from "../i18n/messages";
import { tablesWorkbook, xlsxResponse } from "../reports/workbook.server";

/** The fair report as Excel: the page's tables, one sheet each, in the reader's language. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "fair:manage");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const data = await orDeny(viewFairReport(await getDb(), staffActor(user), id.data));
  const locale = resolveLocale(request, user.locale);
  const body = await tablesWorkbook(fairReportTables(data, (key, params) => translate(locale, key, params)));
  return xlsxResponse(
    body,
    `fair-${data.fair.id}.xlsx`,
    `${translate(locale, "fair.report.title")}-${data.fair.title}.xlsx`,
  );
}
