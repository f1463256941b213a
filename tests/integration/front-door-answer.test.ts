import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "../../app/db.server";
import * as frontDoor from "../../app/routes/_index";
import { createPosting } from "../../app/postings/postings.server";
import { decidePosting } from "../../app/postings/vetting.server";
import { drainOutbox } from "../support/outbox";
import { rosterOf, signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex, postingContent } from "../support/vetting";

/**
 * The front door is the same for every visitor and is shared for a second (issue 16, `/` p95):
 * a posting published in this process must still be on it at once, since an index write forgets
 * the shared answer; other figures may be up to that second old.
 */
type FrontDoorData = { latest: { title: string }[]; stats: { graduates: number } };

let staff: Awaited<ReturnType<typeof signedIn>>;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;

beforeAll(async () => {
  await ensureIndex();
  await testSchool();
  staff = await signedIn("staff");
  employer = await employerWithOrganisation({ name: "扬州运河文旅发展有限公司", staffUserId: staff.user.id });
});

describe("the front door's shared answer", () => {
  // The clock is held still (only Date: timers and I/O run), so "within the second" is exact.
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("shows a posting published in this process at once, though the answer is shared for a second", async () => {
    const db = await getDb();
    const postingId = await createPosting(
      db,
      { userId: employer.user.id },
      { content: postingContent({ title: "文旅策划专员" }), submit: true },
    );
    await decidePosting(db, { userId: staff.user.id, scope: { kind: "school" } }, { postingId, decision: "approve" });
    // Approved but not yet indexed: the answer now shared does not have it.
    const before = (await callRoute(frontDoor.loader, { path: "/" })).data as FrontDoorData;
    expect(before.latest.map((p) => p.title)).not.toContain("文旅策划专员");

    await drainOutbox();
    const after = (await callRoute(frontDoor.loader, { path: "/" })).data as FrontDoorData;
    expect(after.latest.map((p) => p.title)).toContain("文旅策划专员");
  });

  it("counts two more graduates once the second has passed, not before", async () => {
    const first = (await callRoute(frontDoor.loader, { path: "/" })).data as FrontDoorData;
    await rosterOf(await testSchool(), 2, 23);
    const within = (await callRoute(frontDoor.loader, { path: "/" })).data as FrontDoorData;
    expect(within.stats.graduates).toBe(first.stats.graduates);
    vi.advanceTimersByTime(1000);
    const later = (await callRoute(frontDoor.loader, { path: "/" })).data as FrontDoorData;
    expect(later.stats.graduates).toBe(first.stats.graduates + 2);
  });
});
