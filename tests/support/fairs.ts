import { getDb } from "../../app/db.server";
import type { StaffActor } from "../../app/auth/actor";
import { DomainError } from "../../app/errors";
import {
  applyForBooth,
  changeFairStatus,
  createFair,
  decideBooth,
  registerForFair,
} from "../../app/fairs/fairs.server";
import { setRepresentativeOnline } from "../../app/fairs/queue.server";
import { FairSchema, type FairInput } from "../../app/fairs/schema";
import { schoolDate, schoolInstant } from "../../app/time";
import type { School } from "../../seed/factories";
import { employerMembers } from "../../db/schema";
import { signedIn } from "./people";
import { employerWithOrganisation } from "./vetting";
import { linkedGraduate, publishedPosting } from "./graduates";

const DAY = 86_400_000;
export const dayFromNow = (days: number) => schoolDate(new Date(Date.now() + days * DAY));

/** A fair's form as staff would fill it: a two-day 信息类专场 next week, the employer window open now. */
export function fairForm(overrides: Record<string, unknown> = {}): FairInput {
  return FairSchema.parse({
    title: "2027届信息类专场空中双选会",
    theme: "信息类专场",
    description: "面向计算机、软件、电子信息类专业毕业生的线上双选会。",
    startsOn: dayFromNow(7),
    endsOn: dayFromNow(8),
    liveFrom: "09:00",
    liveUntil: "16:00",
    boothCapacity: "40",
    graduateCapacity: "",
    waitlistMode: "auto",
    employerWindowOpens: dayFromNow(-1),
    employerWindowCloses: dayFromNow(5),
    ...overrides,
  });
}

export type Account = Awaited<ReturnType<typeof signedIn>>;

/** School staff with their actor. */
export async function fairStaff(collegeId: number | null = null) {
  const account = await signedIn("staff", { collegeId });
  const actor: StaffActor = {
    userId: account.user.id,
    scope: collegeId === null ? { kind: "school" } : { kind: "college", collegeId },
  };
  return { ...account, actor };
}

/** A fair open to employers. */
export async function openFair(staff: { actor: StaffActor }, overrides: Record<string, unknown> = {}) {
  const db = await getDb();
  const fair = await createFair(db, staff.actor, fairForm(overrides));
  await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_employers" });
  return fair;
}

/** A verified employer with a published posting and a second member (colleague) to be a representative. */
export async function exhibitor(reviewerId: string, name: string) {
  const db = await getDb();
  const owner = await employerWithOrganisation({ name, staffUserId: reviewerId });
  const colleague = await signedIn("employer", { displayName: "王招聘" });
  await db.insert(employerMembers).values({ employerId: owner.employer.id, userId: colleague.user.id });
  const postingId = await publishedPosting(owner.user.id, reviewerId);
  return { owner, colleague, postingId, employer: owner.employer };
}

/** An approved booth of this exhibitor at the fair, the owner and the colleague as representatives. */
export async function approvedBooth(
  staff: { actor: StaffActor },
  fairId: string,
  who: Awaited<ReturnType<typeof exhibitor>>,
  /** When the employer applies and staff decide; the real time when omitted. */
  now?: Date,
) {
  const db = await getDb();
  const { boothId } = await applyForBooth(
    db,
    { userId: who.owner.user.id },
    {
      fairId,
      intro: `${who.employer.name}欢迎各位同学。`,
      chatMinutes: 10,
      postingIds: [who.postingId],
      representatives: [
        { userId: who.owner.user.id, meetingLink: "https://meeting.tencent.com/dm/3aBcD9xYz" },
        { userId: who.colleague.user.id, meetingLink: "https://vc.feishu.cn/j/123456789" },
      ],
      now,
    },
  );
  await decideBooth(db, staff.actor, { boothId, decision: "approve", now });
  return boothId;
}

/** The refusal's status and first message key ("409 fairQueue.empty"), or "ok"; any other error is rethrown. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.status} ${Object.values(error.errors)[0]![0]!.key}`;
  }
}

/** The refusal's first message key alone, or "ok". */
export async function refusalKey(promise: Promise<unknown>): Promise<string> {
  const answer = await refusal(promise);
  return answer === "ok" ? answer : answer.slice(answer.indexOf(" ") + 1);
}

/** Four random letters, so the employers of several tests in one database have distinct names. */
export const suffix = () => Math.random().toString(36).slice(2, 6);

/**
 * The school day the test file began on, fixed once: a file that runs across midnight at school (CI
 * runs at any hour; 16:00 UTC is midnight in Beijing) keeps one day for its fairs and their clock
 * instead of building a fair for one day and acting on it at ten o'clock of the next.
 */
const FILE_DAY = schoolDate();
export const today = () => FILE_DAY;

/** `minutes` after ten in the morning at school on the file's day: inside a fair's live hours whatever the clock says. */
export const todayAt = (minutes = 0) => new Date(schoolInstant(FILE_DAY, "10:00").getTime() + minutes * 60_000);

/** A fair open to graduates with one approved booth. */
export async function fairOpenToGraduates(staff: { actor: StaffActor; user: { id: string } }, overrides = {}) {
  const fair = await openFair(staff, overrides);
  const who = await exhibitor(staff.user.id, `湖州数字科技有限公司${suffix()}`);
  const boothId = await approvedBooth(staff, fair.id, who);
  await changeFairStatus(await getDb(), staff.actor, { fairId: fair.id, event: "open_to_graduates" });
  return { fair, who, boothId };
}

/**
 * A fair live today (08:00–18:00) with `booths` approved booths (each: owner and colleague as
 * representatives, online from ten o'clock when `online`), and `graduates` registered graduates.
 */
export async function liveFair(
  staff: { actor: StaffActor; user: { id: string } },
  school: School,
  options: {
    booths?: number;
    graduates?: number;
    online?: boolean;
    names?: string[];
    /** Fields of the fair's form, e.g. `{ graduateCapacity: "3" }`. */
    fair?: Record<string, unknown>;
  } = {},
) {
  const db = await getDb();
  const day = today();
  const fair = await openFair(staff, {
    startsOn: day,
    endsOn: day,
    liveFrom: "08:00",
    liveUntil: "18:00",
    employerWindowOpens: day,
    employerWindowCloses: day,
    ...options.fair,
  });
  const tag = suffix();
  const names = options.names ?? ["杭州海康数据有限公司", "苏州工业软件有限公司", "南京云帆智能科技有限公司"];
  const exhibitors = [];
  for (let i = 0; i < (options.booths ?? 2); i++) {
    const who = await exhibitor(staff.user.id, `${names[i % names.length]}${tag}${i}`);
    // At ten on the fair's day, inside its one-day employer window even when the real clock has
    // passed midnight at school since the file began.
    exhibitors.push({ who, boothId: await approvedBooth(staff, fair.id, who, todayAt()) });
  }
  await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_graduates" });
  await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "go_live" });
  const people = [];
  for (let i = 0; i < (options.graduates ?? 0); i++) {
    const g = await linkedGraduate(school, { resume: false });
    await registerForFair(db, { userId: g.user.id }, { fairId: fair.id });
    people.push(g);
  }
  if (options.online !== false)
    for (const { who, boothId } of exhibitors)
      for (const rep of [who.owner, who.colleague])
        await setRepresentativeOnline(db, { userId: rep.user.id }, { boothId, online: true, now: todayAt() });
  return { fair, exhibitors, people };
}
