import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { employers, majors, postings } from "../../db/schema";
import { schoolDate } from "../time";
import { formatPay } from "./publishing";
import { publicPostingCondition } from "./postings.server";
import { postingSummary, type PostingSummary } from "./search.server";

/** What a bulletin's line prints of a posting; its deadline is the school date. */
export type BulletinItem = Pick<
  PostingSummary,
  "id" | "title" | "employerName" | "cities" | "salaryMin" | "salaryMax"
> & {
  deadline: string;
};

/**
 * The first line of a bulletin: "【某某大学就业信息日报】2026-12-07 新岗位 12 个". Its date is the
 * school's: a daily bulletin composed at 07:00 in Beijing is that morning's, not the previous UTC day's.
 */
export function bulletinHeading(input: {
  schoolName: string;
  period: "daily" | "weekly";
  count: number;
  now?: Date;
}): string {
  const day = schoolDate(input.now);
  return `【${input.schoolName}就业信息${input.period === "daily" ? "日报" : "周报"}】${day} 新岗位 ${input.count} 个`;
}

/**
 * Postings published in the last day or week, for one college's or one major's graduates: a
 * posting fits when it names one of their majors or names none (open to every major).
 */
export async function bulletinPostings(
  db: Queryable,
  filter: { period: "daily" | "weekly"; collegeId?: number; majorId?: number },
  now = new Date(),
) {
  const since = new Date(now.getTime() - (filter.period === "daily" ? 1 : 7) * 86_400_000);
  let majorNames: string[] | null = null;
  if (filter.majorId)
    majorNames = (await db.select({ name: majors.nameZh }).from(majors).where(eq(majors.id, filter.majorId))).map(
      (m) => m.name,
    );
  else if (filter.collegeId)
    majorNames = (
      await db.select({ name: majors.nameZh }).from(majors).where(eq(majors.collegeId, filter.collegeId))
    ).map((m) => m.name);
  const rows = await db
    .select({ posting: postings, employerName: employers.name })
    .from(postings)
    .innerJoin(employers, eq(employers.id, postings.employerId))
    .where(
      and(
        publicPostingCondition(),
        gte(postings.publishedAt, since),
        majorNames
          ? sql`(jsonb_array_length(${postings.majors}) = 0 or ${postings.majors} ?| array[${sql.join(
              (majorNames.length ? majorNames : [""]).map((name) => sql`${name}`),
              sql`, `,
            )}]::text[])`
          : undefined,
      ),
    )
    .orderBy(desc(postings.publishedAt))
    .limit(200);
  return rows.map(({ posting, employerName }) => ({
    ...postingSummary(posting, employerName),
    deadline: posting.deadline,
  }));
}

/** Plain text to paste into a WeChat or QQ group: one numbered line per posting, with its link. */
export function bulletinText(items: BulletinItem[], options: { heading: string; baseUrl: string }): string {
  const lines = items.map(
    (item, i) =>
      `${i + 1}. ${item.title}｜${item.employerName}｜${item.cities.join("、")}｜${formatPay(item.salaryMin, item.salaryMax)}｜截止 ${item.deadline}\n   ${options.baseUrl}/jobs/${item.id}`,
  );
  return [options.heading, "", ...lines, "", `更多岗位：${options.baseUrl}/jobs`].join("\n");
}
