import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { evidenceForGraduate } from "../destinations/destinations.server";
import { notFound, privateFile } from "../http.server";

/** The graduate's own evidence file (what they uploaded, or the agreement the school attached), as a download. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "destination:report");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const result = await evidenceForGraduate(await getDb(), { userId: user.id }, id.data);
  if (result.status !== "ok") notFound();
  return privateFile(result.bytes, { contentType: result.mime, filename: `evidence-${id.data}.${result.ext}` });
}
