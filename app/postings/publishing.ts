/**
 * Publishing postings beyond the site: feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) for aggregators
 * and provincial platforms, schema.org JobPosting JSON-LD for search engines, and share texts for
 * WeChat/QQ groups and Weibo.
 *
 * Pure functions: no I/O and no clock (dates come in). Renderers return the body as a string; the
 * route sets the content type from {@link FEED_CONTENT_TYPES}.
 *
 * Dates shown to people (deadlines in share texts and feed descriptions) are calendar dates in
 * China (UTC+8, no daylight saving); machine dates are UTC.
 */
import type { JobType, PostingDegree } from "../../vocabulary";
import { schoolDate } from "../time";

export interface FeedItem {
  id: string;
  /** Absolute URL of the posting page. */
  url: string;
  title: string;
  employerName: string;
  cities: string[];
  salaryMin: number;
  salaryMax: number;
  publishedAt: Date;
  deadline: Date;
  summary: string;
}

export interface FeedChannel {
  title: string;
  /** The site (or search page) the feed belongs to. */
  siteUrl: string;
  /** The feed's own URL (rel="self"). */
  feedUrl: string;
  description: string;
  /** BCP 47; default "zh-CN". */
  language?: string;
  /** Default: the newest item's publishedAt (the Unix epoch for an empty feed). */
  updated?: Date;
  /** Atom needs an author; default: the channel title. */
  author?: string;
  /**
   * An XSLT stylesheet (same-origin path) that turns the feed into a readable page when a browser
   * opens it; feed readers ignore it. RSS and Atom only.
   */
  stylesheet?: string;
}

function stylesheetInstruction(channel: FeedChannel): string[] {
  return channel.stylesheet ? [`<?xml-stylesheet type="text/xsl" href="${escapeXml(channel.stylesheet)}"?>`] : [];
}

export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

// ---------------------------------------------------------------- text helpers

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates). */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML element content and attribute values, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** RFC 822 (with RFC 1123's four-digit year), in UTC: "Sat, 01 Mar 2025 08:00:00 +0000". */
export function rfc822(date: Date): string {
  assertValid(date);
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

/** RFC 3339 in UTC, whole seconds: "2025-03-01T08:00:00Z". */
export function rfc3339(date: Date): string {
  assertValid(date);
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function assertValid(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("invalid date");
}

/** "6月30日" at school (Beijing). */
function chinaMonthDay(date: Date): string {
  const [, m, d] = schoolDate(date).split("-");
  return `${Number(m)}月${Number(d)}日`;
}

function thousands(n: number): string {
  if (n < 1000) return String(Math.round(n));
  return `${(Math.round(n / 100) / 10).toString()}k`;
}

/** Monthly pay the way Chinese job boards write it: "8k-12k/月", "8.5k/月", "面议". */
export function formatPay(min: number, max: number): string {
  if (!(min > 0) && !(max > 0)) return "面议";
  const low = min > 0 ? min : max;
  const high = Math.max(low, max);
  return low === high ? `${thousands(low)}/月` : `${thousands(low)}-${thousands(high)}/月`;
}

/** Cuts to at most `max` code points (never splitting a surrogate pair), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 0) return "";
  return chars.slice(0, max - 1).join("") + "…";
}

const length = (text: string) => Array.from(text).length;

function placeList(cities: readonly string[], max = 5): string {
  if (cities.length === 0) return "不限";
  if (cities.length <= max) return cities.join("、");
  return `${cities.slice(0, max).join("、")}等${cities.length}地`;
}

function itemDescription(item: FeedItem): string {
  const facts = `${item.employerName}｜${placeList(item.cities)}｜${formatPay(item.salaryMin, item.salaryMax)}｜截止 ${schoolDate(item.deadline)}`;
  return item.summary.trim() ? `${facts}\n${item.summary.trim()}` : facts;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A permanent id that survives URL changes: urn:uuid for uuids, else the URL. */
function entryId(item: FeedItem): string {
  return UUID.test(item.id) ? `urn:uuid:${item.id.toLowerCase()}` : item.url;
}

function feedUpdated(items: readonly FeedItem[], channel: FeedChannel): Date {
  if (channel.updated) return channel.updated;
  let newest = 0;
  for (const item of items) newest = Math.max(newest, item.publishedAt.getTime());
  return new Date(newest);
}

// ---------------------------------------------------------------- feeds

/** RSS 2.0 with an atom:link rel="self" (as feed validators ask) and dc:creator for the employer. */
export function renderRss(items: readonly FeedItem[], channel: FeedChannel): string {
  const x = escapeXml;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    ...stylesheetInstruction(channel),
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<channel>`,
    `<title>${x(channel.title)}</title>`,
    `<link>${x(channel.siteUrl)}</link>`,
    `<description>${x(channel.description)}</description>`,
    `<language>${x(channel.language ?? "zh-CN")}</language>`,
    `<lastBuildDate>${rfc822(feedUpdated(items, channel))}</lastBuildDate>`,
    `<atom:link href="${x(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of items) {
    lines.push(
      `<item>`,
      `<title>${x(item.title)}</title>`,
      `<link>${x(item.url)}</link>`,
      `<guid isPermaLink="false">${x(entryId(item))}</guid>`,
      `<pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      `<dc:creator>${x(item.employerName)}</dc:creator>`,
      ...item.cities.map((city) => `<category>${x(city)}</category>`),
      `<description>${x(itemDescription(item))}</description>`,
      `</item>`,
    );
  }
  lines.push(`</channel>`, `</rss>`, ``);
  return lines.join("\n");
}

/** Atom 1.0 (RFC 4287). Each entry's author is the employer. */
export function renderAtom(items: readonly FeedItem[], feed: FeedChannel): string {
  const x = escapeXml;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    ...stylesheetInstruction(feed),
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language ?? "zh-CN")}">`,
    `<id>${x(feed.feedUrl)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
    `<subtitle type="text">${x(feed.description)}</subtitle>`,
    `<updated>${rfc3339(feedUpdated(items, feed))}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(feed.feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
    `<author><name>${x(feed.author ?? feed.title)}</name></author>`,
  ];
  for (const item of items) {
    lines.push(
      `<entry>`,
      `<id>${x(entryId(item))}</id>`,
      `<title type="text">${x(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(item.url)}"/>`,
      `<published>${rfc3339(item.publishedAt)}</published>`,
      `<updated>${rfc3339(item.publishedAt)}</updated>`,
      `<author><name>${x(item.employerName)}</name></author>`,
      ...item.cities.map((city) => `<category term="${x(city)}"/>`),
      `<summary type="text">${x(itemDescription(item))}</summary>`,
      `</entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}

/** JSON Feed 1.1. Structured posting facts go in the `_jiuye` extension object. */
export function renderJsonFeed(items: readonly FeedItem[], feed: FeedChannel): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.siteUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language: feed.language ?? "zh-CN",
    authors: [{ name: feed.author ?? feed.title }],
    items: items.map((item) => ({
      id: entryId(item),
      url: item.url,
      title: item.title,
      content_text: itemDescription(item),
      summary: item.summary,
      date_published: rfc3339(item.publishedAt),
      authors: [{ name: item.employerName }],
      tags: item.cities,
      _jiuye: {
        employer_name: item.employerName,
        cities: item.cities,
        salary_min: item.salaryMin,
        salary_max: item.salaryMax,
        salary_unit: "CNY/month",
        deadline: rfc3339(item.deadline),
      },
    })),
  });
}

// ---------------------------------------------------------------- JSON-LD

export interface JobPostingLdInput {
  id: string;
  title: string;
  employerName: string;
  /** The employer's own site, if known (schema.org sameAs). */
  employerWebsite?: string | null;
  jobType: JobType;
  cities: ReadonlyArray<{ province: string; city: string }>;
  salaryMin: number;
  salaryMax: number;
  publishedAt: Date;
  deadline: Date;
  duties: string;
  requirements: string;
  benefits?: string;
  degree?: PostingDegree;
  headcount?: number;
}

const EMPLOYMENT_TYPES: Record<JobType, string> = {
  full_time: "FULL_TIME",
  internship: "INTERN",
  part_time: "PART_TIME",
};

/** Google's credentialCategory values for the degree a posting asks for. */
const CREDENTIALS: Record<Exclude<PostingDegree, "any">, string> = {
  associate: "associate degree",
  bachelor: "bachelor degree",
  master: "postgraduate degree",
  doctor: "postgraduate degree",
};

/** Where a posting's page lives; one place to change if the route moves. */
export function postingUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/jobs/${encodeURIComponent(id)}`;
}

function htmlSection(heading: string, text: string | undefined): string {
  const body = text?.trim();
  if (!body) return "";
  return `<p><strong>${heading}</strong></p><p>${escapeHtml(body).replace(/\r?\n/g, "<br>")}</p>`;
}

/**
 * A schema.org JobPosting for the posting page. `description` is HTML (as Google asks), built from
 * escaped text; embed the object with {@link safeJsonLdScript}.
 */
export function jobPostingJsonLd(posting: JobPostingLdInput, options: { baseUrl: string }): Record<string, unknown> {
  const url = postingUrl(options.baseUrl, posting.id);
  const organization: Record<string, unknown> = { "@type": "Organization", name: posting.employerName };
  if (posting.employerWebsite) organization.sameAs = posting.employerWebsite;
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    description:
      htmlSection("岗位职责", posting.duties) +
      htmlSection("任职要求", posting.requirements) +
      htmlSection("福利待遇", posting.benefits),
    identifier: { "@type": "PropertyValue", name: posting.employerName, value: posting.id },
    url,
    datePosted: rfc3339(posting.publishedAt),
    validThrough: rfc3339(posting.deadline),
    employmentType: EMPLOYMENT_TYPES[posting.jobType],
    hiringOrganization: organization,
    jobLocation: posting.cities.map((c) => ({
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: c.city, addressRegion: c.province, addressCountry: "CN" },
    })),
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "CNY",
      value: {
        "@type": "QuantitativeValue",
        minValue: posting.salaryMin,
        maxValue: Math.max(posting.salaryMin, posting.salaryMax),
        unitText: "MONTH",
      },
    },
    directApply: true,
  };
  if (posting.degree && posting.degree !== "any") {
    ld.educationRequirements = {
      "@type": "EducationalOccupationalCredential",
      credentialCategory: CREDENTIALS[posting.degree],
    };
  }
  if (posting.headcount && posting.headcount > 0) ld.totalJobOpenings = posting.headcount;
  return ld;
}

/**
 * JSON for the body of `<script type="application/ld+json">`. `<`, `>` and `&` become \u escapes
 * (still the same JSON to a parser), so no string value can close the script element or open a
 * comment; U+2028/2029 are escaped for old JavaScript parsers. Use as
 * `<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJsonLdScript(ld) }} />`.
 */
export function safeJsonLdScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

// ---------------------------------------------------------------- share texts

export interface SharePosting {
  title: string;
  employerName: string;
  cities: string[];
  salaryMin: number;
  salaryMax: number;
  deadline: Date;
  summary?: string;
}

export interface ShareTexts {
  wechat: string;
  weibo: string;
  ogTitle: string;
  ogDescription: string;
}

export const WECHAT_MAX_CHARS = 500;
export const WEIBO_MAX_LENGTH = 140;
/** What a link costs in a Weibo post: Weibo shortens it to t.cn; we assume 12 (it shows ~10–12). */
export const WEIBO_URL_LENGTH = 12;

/**
 * Length as Weibo counts it, under our assumptions: each URL (http/https up to the next space) is
 * {@link WEIBO_URL_LENGTH}; each other ASCII character is ½; every other code point (CJK,
 * full-width punctuation, emoji) is 1; the total is rounded up.
 */
export function weiboLength(text: string): number {
  let halves = 0;
  const rest = text.replace(/https?:\/\/\S+/g, () => {
    halves += WEIBO_URL_LENGTH * 2;
    return "";
  });
  for (const char of rest) halves += char.codePointAt(0)! <= 0x7f ? 1 : 2;
  return Math.ceil(halves / 2);
}

function wechatText(p: SharePosting, url: string): string {
  const build = (title: string, employer: string, summary: string) =>
    [
      `【招聘】${title}`,
      `单位：${employer}`,
      `地点：${placeList(p.cities)}`,
      `薪资：${formatPay(p.salaryMin, p.salaryMax)}`,
      `截止：${schoolDate(p.deadline)}`,
      ...(summary ? [`简介：${summary}`] : []),
      `详情：${url}`,
    ].join("\n");
  const summary = truncate((p.summary ?? "").replace(/\s+/g, " ").trim(), 120);
  let text = build(truncate(p.title, 80), truncate(p.employerName, 60), summary);
  if (length(text) > WECHAT_MAX_CHARS) text = build(truncate(p.title, 40), truncate(p.employerName, 30), "");
  // Only an absurd URL gets here; the message must still fit.
  return length(text) > WECHAT_MAX_CHARS ? truncate(text, WECHAT_MAX_CHARS) : text;
}

function weiboText(p: SharePosting, url: string): string {
  const build = (title: string, employer: string, places: string) =>
    `#校园招聘# 【${employer}】${title}｜${places}｜${formatPay(p.salaryMin, p.salaryMax)}｜${chinaMonthDay(p.deadline)}截止 ${url}`;
  let places = placeList(p.cities, 3);
  if (weiboLength(build(p.title, p.employerName, places)) > WEIBO_MAX_LENGTH) places = placeList(p.cities, 1);
  let employer = p.employerName;
  let title = p.title;
  // Shorten the title first, then the employer, one character at a time, keeping at least 8 of each.
  while (weiboLength(build(title, employer, places)) > WEIBO_MAX_LENGTH && length(title) > 8)
    title = truncate(title, length(title) - 1);
  while (weiboLength(build(title, employer, places)) > WEIBO_MAX_LENGTH && length(employer) > 8)
    employer = truncate(employer, length(employer) - 1);
  const text = build(title, employer, places);
  if (weiboLength(text) <= WEIBO_MAX_LENGTH) return text;
  // Still too long (a very long city name?): drop the details, keep hashtag, title and link.
  return `#校园招聘# ${truncate(title, 40)} ${url}`;
}

/** Texts for sharing a posting, and its Open Graph title and description. */
export function shareTexts(posting: SharePosting, url: string): ShareTexts {
  const pay = formatPay(posting.salaryMin, posting.salaryMax);
  const summary = (posting.summary ?? "").replace(/\s+/g, " ").trim();
  return {
    wechat: wechatText(posting, url),
    weibo: weiboText(posting, url),
    ogTitle: truncate(`${posting.title}｜${posting.employerName}`, 80),
    ogDescription: truncate(
      `${posting.employerName}招聘${posting.title}，工作地点：${placeList(posting.cities)}，薪资：${pay}，${schoolDate(posting.deadline)} 截止。${summary}`,
      160,
    ),
  };
}
