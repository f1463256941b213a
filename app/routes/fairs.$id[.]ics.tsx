import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getDb } from "../db.server";
import { fairCalendar, getPublicFair } from "../fairs/fairs.server";
import { notFound, orDeny } from "../http.server";

/**
 * `/fairs/<id>.ics`: a public fair's live hours as an iCalendar file. A resource route of its own
 * (no page component): answered from the page's route, the file was taken as the page's data on a
 * browser's request and the page failed to render it (a 500 on the compiled server).
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const { fair } = await orDeny(getPublicFair(await getDb(), id.data));
  return new Response(fairCalendar(fair, null), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="fair-${fair.id}.ics"`,
    },
  });
}
