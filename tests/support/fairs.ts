import { getDb } from "../../app/db.server";
import type { StaffActor } from "../../app/auth/actor";
import { applyForBooth, changeFairStatus, createFair, decideBooth } from "../../app/fairs/fairs.server";
import { FairSchema, type FairInput } from "../../app/fairs/schema";
import { schoolDate } from "../../app/time";
import { employerMembers } from "../../db/schema";
import { signedIn } from "./people";
import { employerWithOrganisation } from "./vetting";
import { publishedPosting } from "./graduates";

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
    },
  );
  await decideBooth(db, staff.actor, { boothId, decision: "approve" });
  return boothId;
}
