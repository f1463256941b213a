import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { partyOf } from "../auth/actor";
import { requireUser } from "../auth/session.server";
import { getDb } from "../db.server";
import { readUpload, resumeForViewer } from "../graduates/profile.server";
import { forbidden, notFound, privateFile } from "../http.server";

/**
 * A graduate's résumé, always as an attachment: to the graduate, staff of their scope, and
 * employers they applied to (the file that was sent). Everyone else signed in gets 403.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const access = await resumeForViewer(await getDb(), partyOf(user) ?? forbidden(), id.data);
  if (access.status === "forbidden") forbidden();
  if (access.status === "not_found") notFound();
  const bytes = await readUpload(access.file);
  return privateFile(bytes, {
    contentType: "application/pdf",
    filename: access.filename,
    headers: { "X-Resume-Sha256": access.sha256 },
  });
}
