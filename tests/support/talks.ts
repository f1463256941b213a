import { afterAll, beforeAll } from "vitest";
import type { StaffActor } from "../../app/auth/actor";
import { getDb } from "../../app/db.server";
import { addWorkingDays } from "../../app/talks/rules";
import { createVenue } from "../../app/talks/talks.server";
import { schoolDate } from "../../app/time";
import type { School } from "../../seed/factories";
import { publishedPosting } from "./graduates";
import { useSmtp } from "./mail";
import { signedIn, testSchool } from "./people";
import { startSmtpReceiver, type SmtpReceiver } from "./smtp";
import { employerWithOrganisation, ensureIndex } from "./vetting";

/** A school date so many working days from today, or from `now` (talks need five working days' notice). */
export const ahead = (workingDays: number, now = new Date()) => addWorkingDays(schoolDate(now), workingDays);

export interface TalkDesk {
  school: School;
  /** School staff, who run the venues and decide requests. */
  staff: { user: { id: string }; cookie: string; actor: StaffActor };
  /** Every mail the tests cause is delivered here. */
  receiver: SmtpReceiver;
  /** A new venue of the school, named by `name(n)` for the n-th one made in the file. */
  venue(capacity?: number): ReturnType<typeof createVenue>;
  /** A verified employer with one published posting, signed in. */
  recruiter(name: string): Promise<Awaited<ReturnType<typeof employerWithOrganisation>> & { postingId: string }>;
}

/**
 * What every campus-talk test file sets up (call it at the top of the file): the search index, the
 * test school, school staff with their actor and an SMTP receiver for the mail; the fields are
 * filled in before the first test.
 */
export function useTalkDesk(venues: { name: (n: number) => string; building: string; capacity: number }): TalkDesk {
  let made = 0;
  const desk = {
    async venue(capacity = venues.capacity) {
      made += 1;
      return createVenue(await getDb(), desk.staff.actor, {
        name: venues.name(made),
        building: venues.building,
        capacity,
      });
    },
    async recruiter(name: string) {
      const owner = await employerWithOrganisation({ name, staffUserId: desk.staff.user.id });
      const postingId = await publishedPosting(owner.user.id, desk.staff.user.id);
      return { ...owner, postingId };
    },
  } as TalkDesk;
  beforeAll(async () => {
    await ensureIndex();
    desk.school = await testSchool();
    const account = await signedIn("staff", { collegeId: null });
    desk.staff = { ...account, actor: { userId: account.user.id, scope: { kind: "school" } } };
    desk.receiver = await startSmtpReceiver();
    useSmtp(desk.receiver.url);
  });
  afterAll(async () => {
    useSmtp(undefined);
    await desk.receiver.stop();
  });
  return desk;
}
