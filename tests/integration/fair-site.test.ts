import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unfoldAndParse } from "../../app/interviews/ical";
import { fairOpenToGraduates, fairStaff } from "../support/fairs";
import { startSite, type RunningSite } from "../support/server";
import { ensureIndex } from "../support/vetting";

/**
 * The fair's public files through the compiled server, as a browser asks for them: a loader's
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
});
