/**
 * The coming campus talks as an Atom 1.0 feed (`/talks/feed.atom`), so approved talks reach feed
 * readers and the aggregators that take the postings' feeds (issue 13: "listed, shareable and in
 * the feeds"). Only what the public talk page shows: never the meeting link or the check-in secret.
 */
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { FEED_CSP } from "../postings/feeds.server";
import { escapeXml, FEED_CONTENT_TYPES, rfc3339 } from "../postings/publishing";
import { TALK_SLOT_HOURS } from "../../vocabulary";
import { listPublicTalks } from "./talks.server";
import { talkWindow } from "./rules";

const MODE = { online: "线上宣讲 Online", on_campus: "校内宣讲 On campus" } as const;
const SUMMARY_CHARS = 300;

export async function talksFeedResponse(request: Request): Promise<Response> {
  const rows = await listPublicTalks(await getDb());
  const base = getEnv().publicUrl;
  const x = escapeXml;
  const feedUrl = `${base}${new URL(request.url).pathname}`;
  const title = `${getEnv().SCHOOL_NAME}就业 · 宣讲会 Campus talks`;
  // A talk's entry changes when it is approved; the feed is as new as its newest approval.
  const published = (row: (typeof rows)[number]) => row.decidedAt ?? new Date(0);
  const updated = rows.reduce((newest, row) => Math.max(newest, published(row).getTime()), 0);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">`,
    `<id>${x(feedUrl)}</id>`,
    `<title type="text">${x(title)}</title>`,
    `<subtitle type="text">经就业指导中心批准的宣讲会 / Campus talks approved by the career centre</subtitle>`,
    `<updated>${rfc3339(new Date(updated))}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(`${base}/talks`)}"/>`,
    `<author><name>${x(title)}</name></author>`,
  ];
  for (const row of rows) {
    const hours = TALK_SLOT_HOURS[row.slot];
    const place = row.mode === "on_campus" ? `${row.building ?? ""} ${row.venueName ?? ""}`.trim() : MODE.online;
    const brochure = row.brochure.length > SUMMARY_CHARS ? `${row.brochure.slice(0, SUMMARY_CHARS)}…` : row.brochure;
    const { start } = talkWindow(row);
    lines.push(
      `<entry>`,
      `<id>urn:uuid:${x(row.id)}</id>`,
      // Most titles name the employer already ("万华化学 2027届校园招聘宣讲会"); the others get it in front.
      `<title type="text">${x(row.title.includes(row.employerName) ? row.title : `${row.employerName}：${row.title}`)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(`${base}/talks/${row.id}`)}"/>`,
      `<published>${rfc3339(published(row))}</published>`,
      `<updated>${rfc3339(published(row))}</updated>`,
      `<author><name>${x(row.employerName)}</name></author>`,
      `<category term="${x(row.mode)}" label="${x(MODE[row.mode])}"/>`,
      `<summary type="text">${x(`${row.talkDate} ${hours.from}–${hours.until}｜${place}｜${brochure}`)}</summary>`,
      // The start as a machine date too, for aggregators that build calendars from feeds.
      `<content type="text">${x(`${rfc3339(start)}\n${brochure}`)}</content>`,
      `</entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return new Response(lines.join("\n"), {
    headers: {
      "Content-Type": FEED_CONTENT_TYPES.atom,
      "Content-Security-Policy": FEED_CSP,
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
