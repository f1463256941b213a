import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { evidenceForStaff } from "../destinations/destinations.server";
import { forbidden, notFound, privateFile } from "../http.server";

/** A destination's evidence file, to staff of the graduate's scope only, always as a download, audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "destination:verify");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const result = await evidenceForStaff(await getDb(), staffActor(user), id.data);
  if (result.status === "not_found") notFound();
  if (result.status === "forbidden") forbidden();
  return privateFile(result.bytes, { contentType: result.mime, filename: `evidence-${id.data}.${result.ext}` });
}
