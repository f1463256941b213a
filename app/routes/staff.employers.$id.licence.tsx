import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readUploadAudited } from "../audit/audited-upload.server";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { employerLicence } from "../employers/employers.server";
import { notFound, privateFile } from "../http.server";

/** The business licence, to staff only, always as a download (never rendered inline by the site). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const licence = await employerLicence(db, id.data);
  if (!licence) notFound();
  const bytes = await readUploadAudited(db, licence.file, {
    actorUserId: user.id,
    action: "employer.licence_download",
    subjectType: "employer",
    subjectId: licence.id,
  });
  const ext = licence.file.split(".").pop() ?? "bin";
  return privateFile(bytes, { contentType: licence.mime, filename: `licence-${licence.creditCode}.${ext}` });
}
