import type { LoaderFunctionArgs } from "@remix-run/node";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { deskYear } from "../programmes/desk";
import { deskWorkbook, listEnlistmentDesk } from "../programmes/enlistment.server";
import { xlsxResponse } from "../reports/workbook.server";

/** The list for the local 征兵办: the desk page's rows and columns, staff of scope only, audited as a view. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const year = deskYear(request);
  const rows = await listEnlistmentDesk(await getDb(), staffActor(user), { year });
  return xlsxResponse(await deskWorkbook(rows), `enlistment-${year}.xlsx`, `预征对象名单-${year}.xlsx`);
}
