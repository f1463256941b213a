import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { rosterTemplate } from "../graduates/roster-template.server";
import { xlsxResponse } from "../reports/workbook.server";

/** The import template: the columns in order, one example row, and the allowed values on a second sheet. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  const bytes = await rosterTemplate(await getDb(), user.scope);
  return xlsxResponse(bytes, "roster-template.xlsx", "毕业生生源信息模板.xlsx");
}
