import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { issueCalendarFeed } from "../../app/programmes/calendar.server";
import { markInterest } from "../../app/programmes/funnel.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import type { School } from "../../seed/factories";
import { linkedGraduate } from "../support/graduates";
import { feedEvents } from "../support/mail";
import { testSchool } from "../support/people";
import { startSite, type RunningSite } from "../support/server";

/**
 * The programme feeds through the compiled server, as a calendar app or a browser asks for them
 * (the other tests call the loaders directly; the fairs' feed once answered 500 on the real site
 * while its loader test passed). Needs `remix build` first.
 */
let site: RunningSite;
let school: School;

beforeAll(async () => {
  school = await testSchool();
  await installProgrammeCatalogue(await getDb());
  site = await startSite({ SEED_DEMO: "false", RUN_WORKER: "false" });
}, 120_000);

afterAll(async () => {
  await site?.stop();
});

describe("programme calendars on the site", () => {
  it("serves /programmes/<slug>.ics as iCalendar beside the programme's page", async () => {
    const page = await fetch(`${site.url}/programmes/enlistment`, { headers: { Accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('href="/programmes/enlistment.ics"');

    const file = await fetch(`${site.url}/programmes/enlistment.ics`, { headers: { Accept: "text/html,*/*" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await file.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    // The two confirmed approval days of each seeded year, nothing unconfirmed.
    const starts = feedEvents(text)
      .map((event) => event.DTSTART)
      .sort();
    expect(starts).toEqual(["20260301", "20260901", "20270301", "20270901"]);

    expect((await fetch(`${site.url}/programmes/no-such-programme.ics`)).status).toBe(404);
  });

  it("serves a graduate's personal feed at its secret URL, privately, and nothing at a made-up one", async () => {
    const 陈静 = await linkedGraduate(school, { resume: false });
    const db = await getDb();
    await markInterest(db, { userId: 陈静.user.id }, { slug: "enlistment", year: 2027 });
    const { token } = await issueCalendarFeed(db, { userId: 陈静.user.id });
    const file = await fetch(`${site.url}/calendar/${token}.ics`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(file.headers.get("cache-control")).toBe("private, no-store");
    const starts = feedEvents(await file.text()).map((event) => event.DTSTART);
    expect(starts.sort()).toEqual(["20270301", "20270901"]);
    expect((await fetch(`${site.url}/calendar/${"x".repeat(32)}.ics`)).status).toBe(404);
  });
});
