import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { changeFairStatus } from "../../app/fairs/fairs.server";
import * as employerFair from "../../app/routes/employer.fairs.$id";
import * as publicFair from "../../app/routes/fairs.$id";
import * as fairIcs from "../../app/routes/fairs.$id[.]ics";
import * as staffFair from "../../app/routes/staff.fairs.$id";
import * as staffFairs from "../../app/routes/staff.fairs._index";
import { unfoldAndParse } from "../../app/interviews/ical";
import type { School } from "../../seed/factories";
import { approvedBooth, dayFromNow, exhibitor, fairStaff, openFair } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { ensureIndex } from "../support/vetting";

let school: School;
let staff: Awaited<ReturnType<typeof fairStaff>>;

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  staff = await fairStaff();
});

const fairFields = {
  title: "2027届春季中小企业专场",
  theme: "中小企业专场",
  startsOn: dayFromNow(10),
  endsOn: dayFromNow(10),
  liveFrom: "13:30",
  liveUntil: "17:00",
  boothCapacity: "30",
  graduateCapacity: "500",
  waitlistMode: "auto",
  employerWindowOpens: dayFromNow(0),
  employerWindowCloses: dayFromNow(7),
  cohorts: ["2026", "2027"],
  degrees: ["bachelor", "master"],
};

describe("the staff pages", () => {
  it("create a fair and send the staff member to it; wrong input comes back per field, nothing typed lost", async () => {
    const bad = await callRoute(staffFairs.action, {
      path: "/staff/fairs",
      cookie: staff.cookie,
      form: { _formId: "create", ...fairFields, endsOn: dayFromNow(9), liveUntil: "12:00", title: " " },
    });
    expect(bad.status).toBe(400);
    expect(errorKeys(bad)).toMatchObject({
      title: ["fair.field.title.required"],
      endsOn: ["fair.field.endsOn.beforeStart"],
      liveUntil: ["fair.field.liveUntil.beforeStart"],
    });
    expect((bad.data as { values: Record<string, unknown> }).values.theme).toBe("中小企业专场");

    const good = await callRoute(staffFairs.action, {
      path: "/staff/fairs",
      cookie: staff.cookie,
      form: { _formId: "create", ...fairFields },
    });
    expect(good.status).toBe(302);
    const fairId = good.headers.get("Location")!.split("/").at(-1)!;
    const page = await callRoute(staffFair.loader, {
      path: `/staff/fairs/${fairId}`,
      params: { id: fairId },
      cookie: staff.cookie,
    });
    const data = page.data as { fair: { audience: { cohorts: number[]; degrees: string[] } }; events: string[] };
    expect(data.fair.audience).toMatchObject({ cohorts: [2026, 2027], degrees: ["bachelor", "master"] });
    expect(data.events).toEqual(["open_to_employers"]);

    const opened = await callRoute(staffFair.action, {
      path: `/staff/fairs/${fairId}`,
      params: { id: fairId },
      cookie: staff.cookie,
      form: { _formId: "status", intent: "open_to_employers" },
    });
    expect(opened.status).toBe(200);
    const early = await callRoute(staffFair.action, {
      path: `/staff/fairs/${fairId}`,
      params: { id: fairId },
      cookie: staff.cookie,
      form: { _formId: "status", intent: "open_to_graduates" },
    });
    expect(errorKeys(early)).toEqual({ _form: ["fair.open.noBooths"] });
  });
});

describe("the employer page", () => {
  it("refuses a meeting link that is not https, keeping what was typed", async () => {
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, "丽水生态农业科技有限公司");
    const answer = await callRoute(employerFair.action, {
      path: `/employer/fairs/${fair.id}`,
      params: { id: fair.id },
      cookie: who.owner.cookie,
      form: {
        _formId: "apply",
        intent: "apply",
        intro: "农业数字化岗位",
        chatMinutes: "15",
        postingIds: [who.postingId],
        repUserIds: [who.owner.user.id, who.colleague.user.id],
        repLinks: ["http://meeting.tencent.com/dm/abc", ""],
      },
    });
    expect(errorKeys(answer)).toEqual({ repLinks: ["fairBooth.link.https"] });
    expect((answer.data as { values: Record<string, unknown> }).values.intro).toBe("农业数字化岗位");
  });
});

describe("the public fair page", () => {
  it("lets a graduate register and offers the fair's calendar at /fairs/<id>.ics", async () => {
    const db = await getDb();
    const fair = await openFair(staff);
    const who = await exhibitor(staff.user.id, "衢州智能制造有限公司");
    await approvedBooth(staff, fair.id, who);
    await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_graduates" });
    const graduate = await linkedGraduate(school, { resume: false });

    const before = await callRoute(publicFair.loader, {
      path: `/fairs/${fair.id}`,
      params: { id: fair.id },
      cookie: graduate.cookie,
    });
    expect((before.data as { registration: { state: string } }).registration.state).toBe("open");
    const registered = await callRoute(publicFair.action, {
      path: `/fairs/${fair.id}`,
      params: { id: fair.id },
      cookie: graduate.cookie,
      form: { _formId: "register", intent: "register" },
    });
    expect((registered.data as { done: { key: string } }).done.key).toBe("fair.done.registered");
    const after = await callRoute(publicFair.loader, {
      path: `/fairs/${fair.id}`,
      params: { id: fair.id },
      cookie: graduate.cookie,
    });
    expect((after.data as { registration: { state: string } }).registration.state).toBe("registered");

    const ics = await callRoute(fairIcs.loader, { path: `/fairs/${fair.id}.ics`, params: { id: fair.id } });
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    const event = unfoldAndParse(String(ics.data));
    expect(event.get("UID")).toBe(`fair-${fair.id}@jiuye`);
    expect(event.get("RRULE")).toBe("FREQ=DAILY;COUNT=2");

    const anonymous = await callRoute(publicFair.action, {
      path: `/fairs/${fair.id}`,
      params: { id: fair.id },
      form: { _formId: "register", intent: "register" },
    });
    expect(anonymous.status).toBe(302);
    const hostile = await callRoute(publicFair.loader, {
      path: "/fairs/'; drop table fairs;--",
      params: { id: "'; drop table fairs;--" },
    });
    expect(hostile.status).toBe(404);
  });
});
