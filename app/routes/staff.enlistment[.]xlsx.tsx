import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { deskYear } from "../programmes/desk";
import { deskWorkbook, listEnlistmentDesk } from "../programmes/enlistment.server";

/** The list for the local 征兵办: the desk page's rows and columns, staff of scope only, audited as a view. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const year = deskYear(request);
  const rows = await listEnlistmentDesk(await getDb(), staffActor(user), { year });
  const filename = `enlistment-${year}.xlsx`;
  return new Response(createReadableStreamFromReadable(await deskWorkbook(rows)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(`预征对象名单-${year}.xlsx`)}`,
      "Cache-Control": "no-store",
    },
  });
}
