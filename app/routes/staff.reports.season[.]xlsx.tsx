import type { LoaderFunctionArgs } from "@remix-run/node";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { resolveLocale } from "../i18n/locale.server";
import { translate } from "../i18n/messages";
import { seasonWindowFrom } from "../reports/season-filter.server";
import { seasonTables } from "../reports/season";
import { seasonSummary } from "../reports/season.server";
import { tablesWorkbook, xlsxResponse } from "../reports/workbook.server";

/** The season summary as Excel: the page's tables for the same window, in the reader's language. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "report:read");
  const { window } = seasonWindowFrom(request);
  const summary = await seasonSummary(await getDb(), staffActor(user), { window });
  const locale = resolveLocale(request, user.locale);
  const body = await tablesWorkbook(seasonTables(summary, (key, params) => translate(locale, key, params)));
  return xlsxResponse(
    body,
    `season-${window.from}-${window.to}.xlsx`,
    `${translate(locale, "season.title")}-${window.from}-${window.to}.xlsx`,
  );
}
