import { sql } from "drizzle-orm";
import { checkPosting } from "../app/postings/checks";
import { enqueuePostingSync } from "../app/search-sync.server";
import type { Tx } from "../db/client";
import { DEMO_EMPLOYERS, demoCreditCode, REGION_CODES, templatesFor } from "./demo-employers";
import { createRandom } from "./school-data";
import {
  employerMembers,
  employers,
  postingRevisions,
  postings,
  type EmployerState,
  type PostingState,
} from "../db/schema";
import { provinceOf } from "../app/school/regions";

const STATUS_OF: Record<string, EmployerState> = {
  成都极光数智科技有限公司: "pending",
  广州云舟人力资源服务有限公司: "pending",
  武汉光谷芯驰半导体有限公司: "suspended",
};

const EXTRA_CITIES = ["杭州", "上海", "南京", "苏州", "宁波", "合肥", "深圳", "北京", "成都", "武汉"];

function dateInDays(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Employers in every vetting state and postings in every lifecycle state, so each staff and
 * employer page has something real on it. Published postings reach Meilisearch through one
 * outbox row, as every publication does.
 */
export async function seedVetting(tx: Tx, options: { employerOwnerUserId: string; reviewerUserId: string }) {
  const random = createRandom(42);
  const publishedIds: string[] = [];
  let total = 0;
  for (const [index, demo] of DEMO_EMPLOYERS.entries()) {
    const status = STATUS_OF[demo.name] ?? "verified";
    const [employer] = await tx
      .insert(employers)
      .values({
        name: demo.name,
        creditCode: demoCreditCode(random, REGION_CODES[demo.city] ?? "330100"),
        type: demo.type,
        industry: demo.industry,
        province: demo.province,
        city: demo.city,
        address: `${demo.city}市${["滨江区", "高新区", "经济开发区", "工业园区"][index % 4]}${random.int(1, 999)}号`,
        website: demo.website,
        contactEmail: `hr@${demo.emailDomain}`,
        contactPhone:
          demo.emailDomain.endsWith("qq.com") || demo.emailDomain === "163.com"
            ? `1${random.int(3, 9)}${String(random.int(0, 999_999_999)).padStart(9, "0")}`
            : `0${random.int(10, 999)}-${random.int(6_000_000, 89_999_999)}`,
        description: `${demo.name}是${demo.industry}领域的用人单位，长期与学校开展校园招聘合作。`,
        isAgency: demo.name.includes("人力资源"),
        hrLicenceNo: null,
        status,
        statusReasons: status === "suspended" ? "收到多名毕业生投诉：面试时要求缴纳培训费，暂停待核查。" : null,
        decidedBy: status === "pending" ? null : options.reviewerUserId,
        decidedAt: status === "pending" ? null : sql`now()`,
      })
      .returning();
    if (!employer) throw new Error("employer insert returned nothing");
    if (index === 0)
      await tx
        .insert(employerMembers)
        .values({ employerId: employer.id, userId: options.employerOwnerUserId, isOwner: true });
    if (status === "pending") continue;

    const templates = templatesFor(demo.industry);
    const count = index === 0 ? 14 : random.int(10, 16);
    for (let i = 0; i < count; i++) {
      const template = templates[i % templates.length]!;
      const cityNames = [demo.city, ...(random.next() < 0.3 ? [random.pick(EXTRA_CITIES)] : [])].filter(
        (c, j, all) => all.indexOf(c) === j,
      );
      const roll = random.next();
      const postingStatus: PostingState =
        i === 0 && index === 0
          ? "submitted"
          : roll < 0.78
            ? "published"
            : roll < 0.83
              ? "draft"
              : roll < 0.88
                ? "submitted"
                : roll < 0.91
                  ? "changes_requested"
                  : roll < 0.94
                    ? "rejected"
                    : roll < 0.97
                      ? "closed"
                      : "withdrawn";
      const discriminatory = i === 0 && index === 0;
      const content = {
        title: i >= templates.length ? `${template.title}（${2026 + (i % 2)}届）` : template.title,
        category: template.category,
        jobType: template.jobType,
        headcount: random.int(1, 20),
        duties: template.duties,
        requirements: discriminatory
          ? `${template.requirements}限男性，985/211院校毕业生优先。`
          : template.requirements,
        degree: template.degree,
        majors: template.majors,
        cities: cityNames.map((city) => ({ province: provinceOf(city) ?? demo.province, city })),
        salaryMin: template.pay[0] + random.int(0, 4) * 500,
        salaryMax: template.pay[1] + random.int(0, 6) * 500,
        benefits: "五险一金，带薪年假，年度体检，餐补与交通补贴",
        deadline: dateInDays(postingStatus === "closed" ? -random.int(1, 20) : random.int(10, 120)),
        contact: "",
        programme:
          (demo.type === "government" || demo.type === "public_institution") && i % 3 === 0
            ? random.pick(["grassroots_西部计划", "grassroots_三支一扶", "grassroots_特岗教师", "grassroots_选调生"])
            : demo.type === "state_owned" && i % 7 === 0
              ? "enlistment"
              : null,
      };
      const flags = ["submitted", "changes_requested", "rejected"].includes(postingStatus)
        ? checkPosting({
            title: content.title,
            description: content.duties,
            requirements: content.requirements,
            salaryMin: content.salaryMin,
            salaryMax: content.salaryMax,
          }).map(({ rule, severity, excerpt, message }) => ({ rule, severity, excerpt, message }))
        : [];
      const daysAgo = random.int(0, 30);
      const [posting] = await tx
        .insert(postings)
        .values({
          employerId: employer.id,
          status: postingStatus,
          ...content,
          flags,
          reasons:
            postingStatus === "changes_requested"
              ? "请补充具体工作地点与试用期薪资。"
              : postingStatus === "rejected"
                ? "岗位信息与单位经营范围不符。"
                : null,
          createdBy: index === 0 ? options.employerOwnerUserId : null,
          submittedAt: postingStatus === "draft" ? null : sql`now() - make_interval(days => ${daysAgo + 1})`,
          publishedAt: ["published", "closed", "withdrawn"].includes(postingStatus)
            ? sql`now() - make_interval(days => ${daysAgo})`
            : null,
          closedAt: ["closed", "withdrawn"].includes(postingStatus) ? sql`now()` : null,
        })
        .returning({ id: postings.id });
      total += 1;
      if (postingStatus === "published") publishedIds.push(posting!.id);
      if (postingStatus === "published" && index === 0 && i === 3) {
        await tx.insert(postingRevisions).values({
          postingId: posting!.id,
          content: {
            ...content,
            salaryMin: content.salaryMin + 1000,
            salaryMax: content.salaryMax + 2000,
            benefits: `${content.benefits}，弹性工作制`,
          },
          submittedBy: options.employerOwnerUserId,
        });
      }
    }
  }
  await enqueuePostingSync(tx, publishedIds, "seed");
  return { employers: DEMO_EMPLOYERS.length, postings: total, published: publishedIds.length };
}
