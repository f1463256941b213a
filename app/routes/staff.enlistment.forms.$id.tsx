import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound, orDeny, privateFile } from "../http.server";
import { enlistmentFileForStaff } from "../programmes/enlistment.server";

/** One scanned enlistment form, to staff of the graduate's scope only, as a download, audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const file = await orDeny(enlistmentFileForStaff(await getDb(), staffActor(user), id.data));
  return privateFile(file.bytes, { contentType: file.mime, filename: `enlistment-form-${id.data}.${file.ext}` });
}
