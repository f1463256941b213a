import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { openMeeting } from "../fairs/queue.server";
import { notFound, orDeny } from "../http.server";

/**
 * The "open the meeting" link of a call on the fair's page: the graduate opening it starts the
 * chat (the representative's call desk shows it, and no other booth can call them meanwhile);
 * they are then sent on to the representative's meeting link. Someone else's call is 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "fair:register");
  const ids = z.object({ id: z.uuid(), entryId: z.uuid() }).safeParse(params);
  if (!ids.success) notFound();
  const { location } = await orDeny(
    openMeeting(await getDb(), { userId: user.id }, { fairId: ids.data.id, entryId: ids.data.entryId }),
  );
  return redirect(location);
}
