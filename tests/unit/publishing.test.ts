import { describe, it, expect } from "vitest";
import {
  escapeXml,
  formatPay,
  jobPostingJsonLd,
  postingUrl,
  renderAtom,
  renderJsonFeed,
  renderRss,
  rfc3339,
  rfc822,
  safeJsonLdScript,
  shareTexts,
  truncate,
  weiboLength,
  WEIBO_URL_LENGTH,
  type FeedChannel,
  type FeedItem,
  type JobPostingLdInput,
} from "../../app/postings/publishing";

// ---------------------------------------------------------------- a tiny, strict XML reader

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes("<")) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, name: string) => {
    if (!match.endsWith(";")) throw new Error(`bare & in ${where}`);
    if (name in ENTITIES) return ENTITIES[name];
    const num = /^#(x[0-9a-f]+|\d+)$/i.exec(name);
    if (num)
      return String.fromCodePoint(num[1][0].toLowerCase() === "x" ? parseInt(num[1].slice(1), 16) : Number(num[1]));
    throw new Error(`unknown entity &${name}; in ${where}`);
  });
}

/**
 * Parses the documents our renderers produce: an XML declaration, elements, attributes in double
 * quotes, text. Throws on anything malformed: mismatched tags, a raw "<" or bare "&" in text or
 * attributes, characters XML 1.0 forbids, trailing content.
 */
function parseXml(xml: string): XmlElement {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error("control character in XML");
  let pos = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/.exec(xml);
  if (!decl) throw new Error("missing XML declaration");
  pos = decl[0].length;
  // A stylesheet instruction may follow the declaration (feeds opened in a browser).
  const stylesheet = /^<\?xml-stylesheet type="text\/xsl" href="[^"<&]+"\?>\s*/.exec(xml.slice(pos));
  if (stylesheet) pos += stylesheet[0].length;
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/y;
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const text = xml.slice(pos, lt === -1 ? xml.length : lt);
    if (text.length > 0) stack[stack.length - 1].text += decode(text, `text of <${stack[stack.length - 1].name}>`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
    pos = tag.lastIndex;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1] in attributes) throw new Error(`duplicate attribute ${a[1]}`);
      attributes[a[1]] = decode(a[2], `attribute ${a[1]}`);
    }
    const element: XmlElement = { name, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== "") throw new Error("exactly one root element expected");
  return elements[0];
}

const child = (el: XmlElement, name: string): XmlElement => {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
};
const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
const textOf = (el: XmlElement, name: string) => child(el, name).text;

// ---------------------------------------------------------------- fixtures

const HOSTILE = `<script>alert("x")</script>&amp;"'`;

const ITEMS: FeedItem[] = [
  {
    id: "3F1C2A9E-8B7D-4C6E-9A51-2D0E7F4B6C11",
    url: "https://jobs.example.edu.cn/jobs/3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11?from=feed&x=1",
    title: "Java开发工程师",
    employerName: "杭州云帆网络科技有限公司",
    cities: ["杭州", "南京"],
    salaryMin: 9000,
    salaryMax: 15000,
    publishedAt: new Date("2025-03-01T08:05:09Z"),
    deadline: new Date("2025-06-30T15:59:59Z"),
    summary: "参与SaaS产品后端开发。",
  },
  {
    id: "not-a-uuid",
    url: "https://jobs.example.edu.cn/jobs/not-a-uuid",
    title: HOSTILE,
    employerName: `R&D <Lab> "Q"`,
    cities: ["上海"],
    salaryMin: 8000,
    salaryMax: 8000,
    publishedAt: new Date("2025-04-02T00:00:00Z"),
    deadline: new Date("2025-07-01T15:59:59Z"),
    summary: "bad\u0000control\u0008chars and a ]]> and a lone \uD800 surrogate",
  },
];

const CHANNEL: FeedChannel = {
  title: "就业 · 最新岗位 <&>",
  siteUrl: "https://jobs.example.edu.cn/jobs?city=杭州&sort=newest",
  feedUrl: "https://jobs.example.edu.cn/feeds/jobs.rss?city=杭州&sort=newest",
  description: "学校就业指导中心发布的岗位",
};

const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// ---------------------------------------------------------------- tests

describe("the test's XML reader", () => {
  const DECL = `<?xml version="1.0" encoding="UTF-8"?>`;
  it.each([
    ["mismatched tags", `${DECL}<a><b>x</a></b>`],
    ["a bare ampersand", `${DECL}<a>R&D</a>`],
    ["a raw < in text", `${DECL}<a>1 < 2</a>`],
    ["a raw < in an attribute", `${DECL}<a b="<"/>`],
    ["an unknown entity", `${DECL}<a>&nbsp;</a>`],
    ["a control character", `${DECL}<a>\u0001</a>`],
    ["an unclosed element", `${DECL}<a><b></b>`],
    ["two roots", `${DECL}<a/><b/>`],
  ])("rejects %s", (_what, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it("reads entities, attributes and nesting", () => {
    const el = parseXml(`${DECL}<a x="&quot;1&quot;"><b>&lt;&amp;&#20013;&#x6587;</b><c/></a>`);
    expect(el.attributes.x).toBe('"1"');
    expect(textOf(el, "b")).toBe("<&中文");
    expect(child(el, "c").children).toEqual([]);
  });
});

describe("helpers", () => {
  it("formats RFC 822 and RFC 3339 dates in UTC", () => {
    expect(rfc822(new Date("2025-03-01T08:05:09Z"))).toBe("Sat, 01 Mar 2025 08:05:09 +0000");
    expect(rfc822(new Date("2024-12-31T23:59:59.999Z"))).toBe("Tue, 31 Dec 2024 23:59:59 +0000");
    expect(rfc3339(new Date("2025-03-01T08:05:09.123Z"))).toBe("2025-03-01T08:05:09Z");
    expect(() => rfc822(new Date("x"))).toThrow(RangeError);
  });

  it("writes pay the way job boards do", () => {
    expect(formatPay(8000, 12000)).toBe("8k-12k/月");
    expect(formatPay(8500, 15500)).toBe("8.5k-15.5k/月");
    expect(formatPay(10000, 10000)).toBe("10k/月");
    expect(formatPay(800, 1500)).toBe("800-1.5k/月");
    expect(formatPay(12000, 9000)).toBe("12k/月");
    expect(formatPay(0, 0)).toBe("面议");
  });

  it("escapes all five XML specials and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u001Fc\tok\n")).toBe("abc\tok\n");
    expect(escapeXml("😀 \uD800x")).toBe("😀 x");
  });

  it("truncates by code point without splitting surrogate pairs", () => {
    expect(truncate("abcdef", 6)).toBe("abcdef");
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("😀😀😀😀", 3)).toBe("😀😀…");
  });
});

describe("renderRss", () => {
  const xml = renderRss(ITEMS, CHANNEL);
  const rss = parseXml(xml);
  const channel = child(rss, "channel");
  const items = children(channel, "item");

  it("is a well-formed RSS 2.0 document with a self link", () => {
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    expect(rss.attributes["xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
    expect(textOf(channel, "title")).toBe(CHANNEL.title);
    expect(textOf(channel, "link")).toBe(CHANNEL.siteUrl);
    expect(textOf(channel, "description")).toBe(CHANNEL.description);
    expect(textOf(channel, "language")).toBe("zh-CN");
    const self = child(channel, "atom:link");
    expect(self.attributes).toEqual({ href: CHANNEL.feedUrl, rel: "self", type: "application/rss+xml" });
  });

  it("has one item per posting, in order, with RFC 822 dates", () => {
    expect(items).toHaveLength(2);
    expect(textOf(items[0], "title")).toBe("Java开发工程师");
    expect(textOf(items[0], "link")).toBe(ITEMS[0].url);
    expect(textOf(items[0], "pubDate")).toBe("Sat, 01 Mar 2025 08:05:09 +0000");
    for (const item of items) {
      expect(textOf(item, "pubDate")).toMatch(RFC822);
      expect(Date.parse(textOf(item, "pubDate"))).not.toBeNaN();
    }
    expect(textOf(channel, "lastBuildDate")).toBe(rfc822(ITEMS[1].publishedAt));
  });

  it("uses a permanent guid (urn:uuid for uuids) and lists employer and cities", () => {
    const guid = child(items[0], "guid");
    expect(guid.attributes.isPermaLink).toBe("false");
    expect(guid.text).toBe("urn:uuid:3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11");
    expect(textOf(items[1], "guid")).toBe(ITEMS[1].url);
    expect(textOf(items[0], "dc:creator")).toBe("杭州云帆网络科技有限公司");
    expect(children(items[0], "category").map((c) => c.text)).toEqual(["杭州", "南京"]);
    const description = textOf(items[0], "description");
    expect(description).toContain("9k-15k/月");
    expect(description).toContain("截止 2025-06-30");
    expect(description).toContain("参与SaaS产品后端开发");
  });

  it("escapes hostile text so it reads back exactly and never appears as markup", () => {
    expect(textOf(items[1], "title")).toBe(HOSTILE);
    expect(textOf(items[1], "dc:creator")).toBe(`R&D <Lab> "Q"`);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<Lab>");
    expect(textOf(channel, "title")).toBe("就业 · 最新岗位 <&>");
  });

  it("drops characters XML cannot carry instead of producing a broken feed", () => {
    const description = textOf(items[1], "description");
    expect(description).toContain("badcontrolchars and a ]]> and a lone  surrogate");
  });

  it("renders an empty feed", () => {
    const empty = parseXml(renderRss([], { ...CHANNEL, updated: new Date("2025-01-01T00:00:00Z") }));
    expect(children(child(empty, "channel"), "item")).toHaveLength(0);
    expect(textOf(child(empty, "channel"), "lastBuildDate")).toBe("Wed, 01 Jan 2025 00:00:00 +0000");
  });
});

describe("feeds opened in a browser", () => {
  it("point RSS and Atom at the XSLT stylesheet that makes them a readable page, right after the declaration", () => {
    const instruction = '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>';
    for (const xml of [
      renderRss(ITEMS, { ...CHANNEL, stylesheet: "/feed.xsl" }),
      renderAtom(ITEMS, { ...CHANNEL, stylesheet: "/feed.xsl" }),
    ]) {
      expect(xml.split("\n")[1]).toBe(instruction);
      expect(() => parseXml(xml)).not.toThrow();
    }
    expect(renderRss(ITEMS, CHANNEL)).not.toContain("xml-stylesheet");
  });
});

describe("renderAtom", () => {
  const xml = renderAtom(ITEMS, { ...CHANNEL, author: "某某大学就业指导中心" });
  const feed = parseXml(xml);
  const entries = children(feed, "entry");

  it("is a well-formed Atom 1.0 feed with the required elements", () => {
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.attributes["xml:lang"]).toBe("zh-CN");
    expect(textOf(feed, "id")).toBe(CHANNEL.feedUrl);
    expect(textOf(feed, "title")).toBe(CHANNEL.title);
    expect(textOf(feed, "updated")).toBe("2025-04-02T00:00:00Z");
    expect(textOf(child(feed, "author"), "name")).toBe("某某大学就业指导中心");
    const links = children(feed, "link").map((l) => [l.attributes.rel, l.attributes.href]);
    expect(links).toEqual([
      ["self", CHANNEL.feedUrl],
      ["alternate", CHANNEL.siteUrl],
    ]);
  });

  it("has entries with id, title, link, RFC 3339 dates, the employer as author, and a summary", () => {
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ["id", "title", "published", "updated", "summary"]) expect(child(entry, name)).toBeDefined();
      expect(textOf(entry, "published")).toMatch(RFC3339);
      expect(textOf(entry, "updated")).toMatch(RFC3339);
    }
    expect(textOf(entries[0], "id")).toBe("urn:uuid:3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11");
    expect(textOf(entries[0], "published")).toBe("2025-03-01T08:05:09Z");
    expect(child(entries[0], "link").attributes.href).toBe(ITEMS[0].url);
    expect(textOf(child(entries[0], "author"), "name")).toBe("杭州云帆网络科技有限公司");
    expect(children(entries[0], "category").map((c) => c.attributes.term)).toEqual(["杭州", "南京"]);
  });

  it("escapes hostile text in elements and attributes", () => {
    expect(textOf(entries[1], "title")).toBe(HOSTILE);
    expect(textOf(child(entries[1], "author"), "name")).toBe(`R&D <Lab> "Q"`);
    expect(xml).not.toContain("<script>");
    const hostileUrl = parseXml(renderAtom([{ ...ITEMS[0], url: `https://x.cn/a?b="><script>` }], CHANNEL));
    expect(child(child(hostileUrl, "entry"), "link").attributes.href).toBe(`https://x.cn/a?b="><script>`);
  });

  it("uses the epoch for an empty feed without an updated time", () => {
    const empty = parseXml(renderAtom([], CHANNEL));
    expect(textOf(empty, "updated")).toBe("1970-01-01T00:00:00Z");
    expect(textOf(child(empty, "author"), "name")).toBe(CHANNEL.title);
  });
});

describe("renderJsonFeed", () => {
  const feed = JSON.parse(renderJsonFeed(ITEMS, CHANNEL));

  it("follows JSON Feed 1.1", () => {
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed).toMatchObject({
      title: CHANNEL.title,
      home_page_url: CHANNEL.siteUrl,
      feed_url: CHANNEL.feedUrl,
      language: "zh-CN",
    });
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_text).toBe("string");
      expect(item.date_published).toMatch(RFC3339);
      // Extensions must start with an underscore.
      for (const key of Object.keys(item)) {
        expect(
          ["id", "url", "title", "content_text", "summary", "date_published", "authors", "tags"].includes(key) ||
            key.startsWith("_"),
        ).toBe(true);
      }
    }
  });

  it("carries the posting facts and keeps hostile text as data", () => {
    expect(feed.items[0]).toMatchObject({
      id: "urn:uuid:3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11",
      url: ITEMS[0].url,
      date_published: "2025-03-01T08:05:09Z",
      authors: [{ name: "杭州云帆网络科技有限公司" }],
      tags: ["杭州", "南京"],
      _jiuye: { salary_min: 9000, salary_max: 15000, deadline: "2025-06-30T15:59:59Z", cities: ["杭州", "南京"] },
    });
    expect(feed.items[1].title).toBe(HOSTILE);
  });
});

describe("jobPostingJsonLd", () => {
  const POSTING: JobPostingLdInput = {
    id: "3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11",
    title: "Java开发工程师",
    employerName: "杭州云帆网络科技有限公司",
    employerWebsite: "https://yunfan-tech.cn",
    jobType: "full_time",
    cities: [
      { province: "浙江省", city: "杭州" },
      { province: "江苏省", city: "南京" },
    ],
    salaryMin: 9000,
    salaryMax: 15000,
    publishedAt: new Date("2025-03-01T08:00:00Z"),
    deadline: new Date("2025-06-30T15:59:59Z"),
    duties: "后端开发\n代码评审",
    requirements: `熟悉Java <img src=x onerror=alert(1)>`,
    benefits: "五险一金",
    degree: "bachelor",
    headcount: 5,
  };

  it("builds a schema.org JobPosting", () => {
    const ld = jobPostingJsonLd(POSTING, { baseUrl: "https://jobs.example.edu.cn/" });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Java开发工程师",
      url: "https://jobs.example.edu.cn/jobs/3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11",
      datePosted: "2025-03-01T08:00:00Z",
      validThrough: "2025-06-30T15:59:59Z",
      employmentType: "FULL_TIME",
      hiringOrganization: {
        "@type": "Organization",
        name: "杭州云帆网络科技有限公司",
        sameAs: "https://yunfan-tech.cn",
      },
      jobLocation: [
        {
          "@type": "Place",
          address: { "@type": "PostalAddress", addressLocality: "杭州", addressRegion: "浙江省", addressCountry: "CN" },
        },
        {
          "@type": "Place",
          address: { "@type": "PostalAddress", addressLocality: "南京", addressRegion: "江苏省", addressCountry: "CN" },
        },
      ],
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "CNY",
        value: { "@type": "QuantitativeValue", minValue: 9000, maxValue: 15000, unitText: "MONTH" },
      },
      directApply: true,
      educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: "bachelor degree" },
      totalJobOpenings: 5,
    });
  });

  it("maps every job type", () => {
    const types = (["full_time", "internship", "part_time"] as const).map(
      (jobType) => jobPostingJsonLd({ ...POSTING, jobType }, { baseUrl: "https://x.cn" }).employmentType,
    );
    expect(types).toEqual(["FULL_TIME", "INTERN", "PART_TIME"]);
  });

  it("builds an HTML description from escaped text", () => {
    const { description } = jobPostingJsonLd(POSTING, { baseUrl: "https://x.cn" });
    expect(description).toContain("<strong>岗位职责</strong>");
    expect(description).toContain("后端开发<br>代码评审");
    expect(description).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(description).not.toContain("<img");
  });

  it("leaves out optional facts it does not have", () => {
    const ld = jobPostingJsonLd(
      { ...POSTING, degree: "any", headcount: undefined, employerWebsite: null },
      { baseUrl: "https://x.cn" },
    );
    expect(ld).not.toHaveProperty("educationRequirements");
    expect(ld).not.toHaveProperty("totalJobOpenings");
    expect(ld.hiringOrganization).toEqual({ "@type": "Organization", name: POSTING.employerName });
  });

  it("builds posting URLs from a base with or without a trailing slash", () => {
    expect(postingUrl("https://x.cn/", "a b")).toBe("https://x.cn/jobs/a%20b");
    expect(postingUrl("https://x.cn", "p1")).toBe("https://x.cn/jobs/p1");
  });
});

describe("safeJsonLdScript", () => {
  it("cannot be broken out of, and parses back to the same value", () => {
    const value = {
      title: `</script><script>alert(1)</script>`,
      note: "<!-- & -->",
      sep: "a\u2028b\u2029c",
      nested: { x: ["</SCRIPT >"] },
    };
    const out = safeJsonLdScript(value);
    expect(out).not.toMatch(/</);
    expect(out).not.toMatch(/>/);
    expect(out.toLowerCase()).not.toContain("</script");
    expect(out).not.toContain("\u2028");
    expect(JSON.parse(out)).toEqual(value);
  });

  it("round-trips a real JobPosting", () => {
    const ld = jobPostingJsonLd(
      {
        id: "p1",
        title: HOSTILE,
        employerName: "e",
        jobType: "internship",
        cities: [],
        salaryMin: 3000,
        salaryMax: 4000,
        publishedAt: new Date(0),
        deadline: new Date(0),
        duties: "d",
        requirements: "r",
      },
      { baseUrl: "https://x.cn" },
    );
    expect(JSON.parse(safeJsonLdScript(ld))).toEqual(ld);
  });
});

describe("shareTexts", () => {
  const POSTING = {
    title: "Java开发工程师",
    employerName: "杭州云帆网络科技有限公司",
    cities: ["杭州"],
    salaryMin: 8000,
    salaryMax: 12000,
    deadline: new Date("2025-06-30T15:59:59Z"),
    summary: "参与SaaS产品后端开发，\n  编写单元测试。",
  };
  const URL_ = "https://jobs.example.edu.cn/jobs/3f1c2a9e-8b7d-4c6e-9a51-2d0e7f4b6c11";

  it("writes the deadline as its date at school (Beijing), not in UTC", () => {
    const lastSecond = shareTexts({ ...POSTING, deadline: new Date("2025-06-30T15:59:59Z") }, URL_);
    const nextDay = shareTexts({ ...POSTING, deadline: new Date("2025-06-30T16:00:00Z") }, URL_);
    expect(lastSecond.wechat.split("\n")).toContain("截止：2025-06-30");
    expect(nextDay.wechat.split("\n")).toContain("截止：2025-07-01");
  });

  it("gives WeChat a multi-line message with every fact and the link", () => {
    const { wechat } = shareTexts(POSTING, URL_);
    const lines = wechat.split("\n");
    expect(lines[0]).toBe("【招聘】Java开发工程师");
    expect(lines).toContain("单位：杭州云帆网络科技有限公司");
    expect(lines).toContain("地点：杭州");
    expect(lines).toContain("薪资：8k-12k/月");
    expect(lines).toContain("截止：2025-06-30");
    expect(lines).toContain("简介：参与SaaS产品后端开发， 编写单元测试。");
    expect(lines[lines.length - 1]).toBe(`详情：${URL_}`);
  });

  it("gives Weibo a short post with the hashtag, the facts and the link", () => {
    const { weibo } = shareTexts(POSTING, URL_);
    expect(weibo).toBe(`#校园招聘# 【杭州云帆网络科技有限公司】Java开发工程师｜杭州｜8k-12k/月｜6月30日截止 ${URL_}`);
    expect(weiboLength(weibo)).toBeLessThanOrEqual(140);
  });

  it("stays within the limits for very long postings and keeps the link whole", () => {
    const long = {
      ...POSTING,
      title: "超长岗位名称".repeat(50),
      employerName: "某某某集团股份有限公司".repeat(20),
      cities: Array.from({ length: 20 }, (_, i) => `城市${i}`),
      summary: "很长的简介。".repeat(300),
    };
    const texts = shareTexts(long, URL_);
    expect(Array.from(texts.wechat).length).toBeLessThanOrEqual(500);
    expect(texts.wechat).toContain(URL_);
    expect(texts.wechat).toContain("等20地");
    expect(weiboLength(texts.weibo)).toBeLessThanOrEqual(140);
    expect(texts.weibo.startsWith("#校园招聘# ")).toBe(true);
    expect(texts.weibo.endsWith(` ${URL_}`)).toBe(true);
    expect(texts.weibo).toContain("…");
    expect(Array.from(texts.ogTitle).length).toBeLessThanOrEqual(80);
    expect(Array.from(texts.ogDescription).length).toBeLessThanOrEqual(160);
  });

  it("spends the Weibo budget on the title before anything else", () => {
    const { weibo } = shareTexts({ ...POSTING, title: "岗".repeat(200) }, URL_);
    expect(weiboLength(weibo)).toBeLessThanOrEqual(140);
    expect(weibo).toContain("【杭州云帆网络科技有限公司】");
    expect(weibo).toContain("8k-12k/月");
  });

  it("gives Open Graph a title and description", () => {
    const { ogTitle, ogDescription } = shareTexts(POSTING, URL_);
    expect(ogTitle).toBe("Java开发工程师｜杭州云帆网络科技有限公司");
    expect(ogDescription).toContain("8k-12k/月");
    expect(ogDescription).toContain("2025-06-30");
    expect(ogDescription).toContain("杭州");
  });
});

describe("weiboLength", () => {
  it("counts CJK as 1, ASCII as ½ rounded up, and any URL as a fixed cost", () => {
    expect(weiboLength("中文")).toBe(2);
    expect(weiboLength("ab")).toBe(1);
    expect(weiboLength("abc")).toBe(2);
    expect(weiboLength("中a")).toBe(2);
    expect(weiboLength("，。")).toBe(2);
    expect(weiboLength("😀")).toBe(1);
    expect(weiboLength("https://t.cn/x")).toBe(WEIBO_URL_LENGTH);
    expect(weiboLength(`看 https://example.com/${"a".repeat(300)} 吧`)).toBe(1 + 0.5 + WEIBO_URL_LENGTH + 0.5 + 1);
  });
});
