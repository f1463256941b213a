import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getDb } from "../db.server";
import { notFound, orDeny } from "../http.server";
import { getPublicTalk, talkCalendar } from "../talks/talks.server";

/**
 * `/talks/<id>.ics`: an approved talk as an iCalendar file. A resource route of its own (no page
 * component): answered from the page's route, the file was taken as the page's data on a browser's
 * request and the page failed to render it (a 500 on the compiled server).
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const db = await getDb();
  const page = await orDeny(getPublicTalk(db, id.data));
  return new Response(await talkCalendar(db, { ...page.talk }, null), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="talk-${page.talk.id}.ics"`,
    },
  });
}
