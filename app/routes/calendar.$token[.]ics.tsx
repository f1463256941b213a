import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../db.server";
import { orDeny } from "../http.server";
import { personalCalendar } from "../programmes/calendar.server";
import { buildProgrammeFeed } from "../programmes/ical";

/**
 * /calendar/<token>.ics: a graduate's programme deadlines and pre-check appointments. The secret
 * token is the credential (calendar apps send no cookie); an unknown or replaced token is a 404.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const { name, events } = await orDeny(personalCalendar(await getDb(), params.token ?? ""));
  return new Response(buildProgrammeFeed({ name, events, dtstamp: new Date() }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="programmes.ics"',
      // Personal: no shared cache may keep it, and the URL must not leak onwards.
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
