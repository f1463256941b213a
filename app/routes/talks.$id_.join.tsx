import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "../auth/session.server";
import { getDb } from "../db.server";
import { notFound, orDeny } from "../http.server";
import { joinOnlineTalk } from "../talks/talks.server";

/**
 * The online talk's join link: a signed-in graduate opening it during the talk is recorded as
 * attending; everyone signed in is then sent on to the meeting (the link is never on the page).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const { location } = await orDeny(joinOnlineTalk(await getDb(), { userId: user.id }, { talkId: id.data }));
  return redirect(location);
}
