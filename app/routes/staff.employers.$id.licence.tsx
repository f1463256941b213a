import type { LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { employers } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { readUpload } from "../files/uploads.server";
import { notFound } from "../http.server";

/** The business licence, to staff only, always as a download (never rendered inline by the site). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const [employer] = await db.select().from(employers).where(eq(employers.id, id.data)).limit(1);
  if (!employer?.licenceFile || !employer.licenceMime) notFound();
  const bytes = await readUpload(employer.licenceFile);
  await recordAudit(db, {
    actorUserId: user.id,
    action: "employer.licence_download",
    subjectType: "employer",
    subjectId: employer.id,
  });
  const ext = employer.licenceFile.split(".").pop() ?? "bin";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": employer.licenceMime,
      "Content-Disposition": `attachment; filename="licence-${employer.creditCode}.${ext}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
