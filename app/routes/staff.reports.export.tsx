import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { resolveReportCollege } from "../reports/dashboard.server";
import { exportReport } from "../reports/export.server";
import { xlsxResponse } from "../reports/workbook.server";

const QuerySchema = z.object({
  cohort: z.coerce.number().int().min(2000).max(2100),
  college: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The .xlsx of a cohort and scope: staff only, college staff only their own college, audited. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "report:export");
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const query = QuerySchema.safeParse(params);
  if (!query.success) throw new Response("cohort is required", { status: 400 });
  const collegeId = await orDeny(() => resolveReportCollege(user.scope, query.data.college));
  const stream = await exportReport(await getDb(), staffActor(user), { cohort: query.data.cohort, collegeId });
  const filename = `destinations-${query.data.cohort}-${collegeId ?? "school"}.xlsx`;
  return xlsxResponse(stream, filename, `毕业去向-${filename}`);
}
