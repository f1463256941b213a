import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { releaseLetterFor } from "../agreements/agreements.server";
import { actingAs, staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound, orDeny, privateFile } from "../http.server";

/** The employer's release letter behind a breach request, to staff of the graduate's scope, as a download, audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "agreement:review");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const letter = await orDeny(releaseLetterFor(await getDb(), actingAs("staff", staffActor(user)), id.data));
  return privateFile(letter.bytes, {
    contentType: "application/pdf",
    filename: `release-letter-${letter.number ?? id.data}.pdf`,
  });
}
