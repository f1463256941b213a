import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readUploadAudited } from "../audit/audited-upload.server";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound, privateFile } from "../http.server";
import { reportScreenshot } from "../postings/reports.server";

/**
 * A report's screenshot, to vetting staff only and always as a download: it may show a reporter's
 * chat with names and numbers, so every view is audited, and the site never renders it inline.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const id = z.uuid().safeParse(params.reportId);
  if (!id.success) notFound();
  const db = await getDb();
  const shot = await reportScreenshot(db, id.data);
  if (!shot) notFound();
  const bytes = await readUploadAudited(db, shot.file, {
    actorUserId: user.id,
    action: "posting.report.screenshot_view",
    subjectType: "posting_report",
    subjectId: id.data,
  });
  const ext = shot.mime === "image/png" ? "png" : "jpg";
  return privateFile(bytes, { contentType: shot.mime, filename: `report-${id.data}.${ext}` });
}
