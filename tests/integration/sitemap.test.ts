import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { robotsTxt, sitemap } from "../../app/seo/sitemap.server";
import * as robots from "../../app/routes/robots[.]txt";
import * as sitemapRoute from "../../app/routes/sitemap[.]xml";
import * as sitemapFile from "../../app/routes/sitemaps.$file";
import { publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation } from "../support/vetting";

const postingIds: string[] = [];

beforeAll(async () => {
  await testSchool();
  const staff = await signedIn("staff");
  const employer = await employerWithOrganisation({ name: "合肥科大讯联信息技术有限公司", staffUserId: staff.user.id });
  for (const title of ["语音算法工程师", "测试开发工程师", "技术支持工程师"])
    postingIds.push(await publishedPosting(employer.user.id, staff.user.id, { title }));
});

describe("sitemap and robots", () => {
  it("list every public posting with its last-modified date", async () => {
    const result = await callRoute(sitemapRoute.loader, { path: "/sitemap.xml" });
    expect(result.status).toBe(200);
    const xml = result.data as string;
    for (const id of postingIds) expect(xml).toMatch(new RegExp(`<loc>[^<]*/jobs/${id}</loc><lastmod>\\d{4}-`));
    expect(xml).toContain("<urlset");
  });

  it("become an index of numbered files past the per-file limit, and each file can be fetched", async () => {
    const db = await getDb();
    const index = (await sitemap(db, "https://jiuye.example.edu.cn", { perFile: 2 }))!;
    expect(index).toContain("<sitemapindex");
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    for (let page = 1; page <= files.length; page++) {
      const xml = (await sitemap(db, "https://jiuye.example.edu.cn", { perFile: 2, page }))!;
      seen.push(...[...xml.matchAll(/\/jobs\/([0-9a-f-]{36})</g)].map((m) => m[1]!));
    }
    for (const id of postingIds) expect(seen).toContain(id);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await callRoute(sitemapFile.loader, { path: "/sitemaps/99.xml", params: { file: "99.xml" } })).status).toBe(
      404,
    );
    expect(
      (await callRoute(sitemapFile.loader, { path: "/sitemaps/x.xml", params: { file: "../x.xml" } })).status,
    ).toBe(404);
  });

  it("keep signed-in areas out of search engines and point to the sitemap", async () => {
    const text = robotsTxt("https://jiuye.example.edu.cn");
    for (const area of ["/graduate", "/employer", "/staff", "/admin", "/account", "/notifications"])
      expect(text).toContain(`Disallow: ${area}`);
    expect(text).toContain("Sitemap: https://jiuye.example.edu.cn/sitemap.xml");
    expect(text).not.toContain("Disallow: /jobs");
    expect((await callRoute(robots.loader, { path: "/robots.txt" })).status).toBe(200);
  });
});
