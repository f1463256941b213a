import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { joinSession } from "../fairs/sessions.server";
import { notFound, orDeny } from "../http.server";

/**
 * A group session's join link: a graduate with a place opening it during the session is recorded as
 * attending and sent on to the meeting (the link is never on a page); otherwise back to the booth
 * page, which says why.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "fair:register");
  const ids = z.object({ id: z.uuid(), sessionId: z.uuid() }).safeParse(params);
  if (!ids.success) notFound();
  const outcome = await orDeny(joinSession(await getDb(), { userId: user.id }, { sessionId: ids.data.sessionId }));
  if (outcome.ok) return redirect(outcome.location);
  if (outcome.fairId !== ids.data.id) notFound();
  return redirect(`/fairs/${outcome.fairId}/booths/${outcome.boothId}?join=${outcome.reason}`);
}
