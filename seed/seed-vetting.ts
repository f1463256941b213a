import { SYSTEM, type StaffActor } from "../app/auth/actor";
import { decideEmployer, registerEmployer } from "../app/employers/employers.server";
import { storeUpload } from "../app/files/uploads.server";
import { lastOutboxId, settleReplayedMail } from "../app/outbox/outbox.server";
import { checkPosting } from "../app/postings/checks";
import { createPosting, endPosting, savePosting } from "../app/postings/postings.server";
import { decidePosting } from "../app/postings/vetting.server";
import { provinceOf } from "../app/school/regions";
import { foldReplayedPostingSyncs } from "../app/search-sync.server";
import { endOfSchoolDay, schoolDate } from "../app/time";
import type { EmployerRegistration } from "../app/employers/schema";
import type { Database, Tx } from "../db/client";
import type { EmployerState, PostingContent, PostingState } from "../db/schema";
import { DEMO_EMPLOYERS, demoCreditCode, REGION_CODES, templatesFor } from "./demo-employers";
import { createUser } from "./factories";
import { createRandom } from "./school-data";

const STATUS_OF: Record<string, EmployerState> = {
  成都极光数智科技有限公司: "pending",
  广州云舟人力资源服务有限公司: "pending",
  武汉光谷芯驰半导体有限公司: "suspended",
};

const EXTRA_CITIES = ["杭州", "上海", "南京", "苏州", "宁波", "合肥", "深圳", "北京", "成都", "武汉"];

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The smallest PDF a licence check accepts: the demo's licences are placeholders. */
const LICENCE_PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

/**
 * Employers in every vetting state and postings in every lifecycle state, so each staff and
 * employer page has something real on it. Made by replaying the domain's commands at chosen
 * times: each employer registers (the first through employer@demo.jiuye.cn, the others through
 * hr<n>@demo.jiuye.cn with the demo password) and is verified, or suspended later; each posting
 * is created, submitted, decided, closed or withdrawn through app/postings. Publications reach
 * Meilisearch through the outbox, as every publication does (their jobs folded into one); the
 * mails of that past are settled unsent (demo data mails nobody).
 */
export async function seedVetting(
  tx: Tx,
  options: { employerOwnerUserId: string; reviewerUserId: string; passwordHash: string; now?: Date },
) {
  // The commands open their own (nested) transactions: inside the seed's they are savepoints.
  const db = tx as unknown as Database;
  const replayFrom = await lastOutboxId(tx);
  const now = options.now ?? new Date();
  const dateInDays = (days: number) => schoolDate(new Date(now.getTime() + days * DAY));
  const reviewer: StaffActor = { userId: options.reviewerUserId, scope: { kind: "school" } };
  const licence = await storeUpload(
    "licence",
    new File([new TextEncoder().encode(LICENCE_PDF)], "营业执照.pdf", { type: "application/pdf" }),
    "licence",
  );
  const random = createRandom(42);
  let published = 0;
  let total = 0;
  for (const [index, demo] of DEMO_EMPLOYERS.entries()) {
    const status = STATUS_OF[demo.name] ?? "verified";
    const registeredAt = new Date(now.getTime() - 120 * DAY + index * HOUR);
    const ownerUserId =
      index === 0
        ? options.employerOwnerUserId
        : (
            await createUser(tx, {
              email: `hr${index}@demo.jiuye.cn`,
              passwordHash: options.passwordHash,
              role: "employer",
              displayName: `${demo.name.slice(0, 4)} 人事部`,
            })
          ).id;
    const employer = await registerEmployer(
      db,
      { userId: ownerUserId },
      {
        registration: {
          name: demo.name,
          creditCode: demoCreditCode(random, REGION_CODES[demo.city] ?? "330100"),
          type: demo.type,
          industry: demo.industry as EmployerRegistration["industry"],
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
        },
        licence,
        now: registeredAt,
      },
    );
    if (status === "pending") continue;
    await decideEmployer(db, reviewer, {
      employerId: employer.id,
      event: "verify",
      now: new Date(registeredAt.getTime() + 2 * DAY),
    });

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
      const content: PostingContent = {
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
      // Published at most 28 days ago: none is due for the 30-day still-open question on the first start.
      const daysAgo = Math.min(random.int(0, 30), 28);
      const submittedAt = new Date(now.getTime() - (daysAgo + 1) * DAY - 2 * HOUR);
      const decidedAt = new Date(now.getTime() - daysAgo * DAY - 2 * HOUR);
      const postingId = await createPosting(
        db,
        { userId: ownerUserId },
        { content, submit: postingStatus !== "draft", now: submittedAt },
      );
      total += 1;
      if (postingStatus === "draft" || postingStatus === "submitted") continue;
      const decide = (decision: "approve" | "request_changes" | "reject", reasons: string | null = null) =>
        decidePosting(db, reviewer, {
          postingId,
          decision,
          reasons,
          // A blocking flag is approved only with a written override, as on the review page.
          overrideReason: checkPosting({
            title: content.title,
            description: content.duties,
            requirements: content.requirements,
            salaryMin: content.salaryMin,
            salaryMax: content.salaryMax,
          }).some((flag) => flag.severity === "block")
            ? "已与单位电话核实，岗位信息属实。"
            : null,
          now: decidedAt,
        });
      if (postingStatus === "changes_requested") {
        await decide("request_changes", "请补充具体工作地点与试用期薪资。");
        continue;
      }
      if (postingStatus === "rejected") {
        await decide("reject", "岗位信息与单位经营范围不符。");
        continue;
      }
      await decide("approve");
      if (postingStatus === "closed") {
        // Closed by the deadline, as the scheduler does (the day after it, or an hour ago).
        const closedAt = Math.max(
          decidedAt.getTime() + HOUR,
          Math.min(now.getTime() - HOUR, endOfSchoolDay(content.deadline) * 1000 + 1000),
        );
        await endPosting(db, SYSTEM, { postingId, event: "close", now: new Date(closedAt) });
      } else if (postingStatus === "withdrawn") {
        await endPosting(
          db,
          { userId: ownerUserId },
          { postingId, event: "withdraw", now: new Date((decidedAt.getTime() + now.getTime()) / 2) },
        );
      } else {
        published += 1;
        if (index === 0 && i === 3) {
          // A live posting with an edit waiting for review: the published version stays up meanwhile.
          await savePosting(
            db,
            { userId: ownerUserId },
            {
              postingId,
              content: {
                ...content,
                salaryMin: content.salaryMin + 1000,
                salaryMax: content.salaryMax + 2000,
                benefits: `${content.benefits}，弹性工作制`,
              },
              submit: true,
              now: new Date((decidedAt.getTime() + now.getTime()) / 2),
            },
          );
        }
      }
    }
    if (status === "suspended") {
      await decideEmployer(db, reviewer, {
        employerId: employer.id,
        event: "suspend",
        reasons: "收到多名毕业生投诉：面试时要求缴纳培训费，暂停待核查。",
        now: new Date(now.getTime() - HOUR),
      });
    }
  }
  await settleReplayedMail(tx, replayFrom);
  await foldReplayedPostingSyncs(tx, replayFrom);
  return { employers: DEMO_EMPLOYERS.length, postings: total, published };
}
