/**
 * The public iCalendar feed (RFC 5545) of a programme's confirmed windows: all-day events, DTEND
 * the day after the last day (exclusive), UID stable per window so calendar apps update in place.
 * Escaping and folding come from app/interviews/ical.ts. Pure.
 */
import { escapeText, foldLine, formatUtc, PRODID } from "../interviews/ical";
import { addCalendarDays } from "../time";

/** An all-day span (a programme window, school dates inclusive) or a timed event (an appointment). */
export type FeedEvent = {
  uid: string;
  summary: string;
  description: string;
  url?: string;
  location?: string;
} & ({ opensOn: string; closesOn: string } | { start: Date; end: Date });

const compact = (date: string) => date.replaceAll("-", "");

export function buildProgrammeFeed(input: { name: string; events: readonly FeedEvent[]; dtstamp: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name)}`,
  ];
  for (const event of input.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${formatUtc(input.dtstamp)}`,
      ...("start" in event
        ? [`DTSTART:${formatUtc(event.start)}`, `DTEND:${formatUtc(event.end)}`]
        : [
            `DTSTART;VALUE=DATE:${compact(event.opensOn)}`,
            `DTEND;VALUE=DATE:${compact(addCalendarDays(event.closesOn, 1))}`,
          ]),
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, "")}`] : []),
      // An appointment blocks time; a window spanning weeks does not.
      "start" in event ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
