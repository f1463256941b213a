import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { unfoldAndParse } from "../../app/interviews/ical";
import { addWorkingDays } from "../../app/talks/rules";
import { TalkRequestSchema } from "../../app/talks/schema";
import { decideTalk, requestTalk } from "../../app/talks/talks.server";
import { schoolDate } from "../../app/time";
import { exhibitor, fairOpenToGraduates, fairStaff } from "../support/fairs";
import { startSite, type RunningSite } from "../support/server";
import { ensureIndex } from "../support/vetting";

/**
 * The calendars of fairs and talks through the compiled server, as a browser asks for them: a loader's
 * answer called directly is not what the site serves (a Response from a page route's loader is
 * taken as that page's data on a document request).
 */
let site: RunningSite;

beforeAll(async () => {
  await ensureIndex();
  site = await startSite({ SEED_DEMO: "false", RUN_WORKER: "false" });
}, 120_000);

afterAll(async () => {
  await site?.stop();
});

describe("a fair's calendar on the site", () => {
  it("downloads /fairs/<id>.ics as an iCalendar file, the link a browser follows from the fair's page", async () => {
    const { fair } = await fairOpenToGraduates(await fairStaff());
    const page = await fetch(`${site.url}/fairs/${fair.id}`, { headers: { Accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`href="/fairs/${fair.id}.ics"`);

    const file = await fetch(`${site.url}/fairs/${fair.id}.ics`, { headers: { Accept: "text/html,*/*" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="fair-${fair.id}.ics"`);
    const event = unfoldAndParse(await file.text());
    expect(event.get("UID")).toBe(`fair-${fair.id}@jiuye`);
    expect(event.get("SUMMARY")).toContain(fair.title);

    expect((await fetch(`${site.url}/fairs/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
  });

  it("downloads /talks/<id>.ics the same way for an approved talk", async () => {
    const db = await getDb();
    const staff = await fairStaff();
    const who = await exhibitor(staff.user.id, "金华开元信息技术有限公司");
    const { talkId } = await requestTalk(
      db,
      { userId: who.owner.user.id },
      TalkRequestSchema.parse({
        title: "开元信息空中宣讲会",
        brochure: "招聘岗位：Java 开发工程师 10 人。",
        mode: "online",
        meetingLink: "https://meeting.tencent.com/dm/kaiyuan2027",
        capacity: "200",
        talkDate: addWorkingDays(schoolDate(), 8),
        slot: "evening",
        postingIds: [],
      }),
    );
    await decideTalk(db, staff.actor, { talkId, decision: "approve" });
    const page = await fetch(`${site.url}/talks/${talkId}`, { headers: { Accept: "text/html" } });
    expect(await page.text()).toContain(`href="/talks/${talkId}.ics"`);
    const file = await fetch(`${site.url}/talks/${talkId}.ics`, { headers: { Accept: "text/html,*/*" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const event = unfoldAndParse(await file.text());
    expect(event.get("SUMMARY")).toContain("开元信息空中宣讲会");
    // The meeting link is for graduates signed up, through /talks/<id>/join: never in the public file.
    expect(await (await fetch(`${site.url}/talks/${talkId}.ics`)).text()).not.toContain("kaiyuan2027");
  });
});
