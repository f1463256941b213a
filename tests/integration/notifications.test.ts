import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToPosting } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import { notify } from "../../app/notifications/notifications.server";
import * as notificationsPage from "../../app/routes/notifications";
import * as root from "../../app/root";
import { notifications, outbox } from "../../db/schema";
import type { School } from "../../seed/factories";
import { proposeOneSlot } from "../support/interviews";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute, errorKeys } from "../support/remix";
import { employerWithOrganisation } from "../support/vetting";

let school: School;
let employer: Awaited<ReturnType<typeof employerWithOrganisation>>;
let postingId: string;

beforeAll(async () => {
  school = await testSchool();
  const staff = await signedIn("staff");
  employer = await employerWithOrganisation({ name: "苏州星河智能科技有限公司", staffUserId: staff.user.id });
  postingId = await publishedPosting(employer.user.id, staff.user.id);
});

async function invitedGraduate() {
  const db = await getDb();
  const g = await linkedGraduate(school);
  const applied = await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
  const at = new Date(Date.now() + 9 * 86_400_000);
  const interview = await proposeOneSlot(db, employer.user.id, {
    applicationId: applied.applicationId,
    mode: "video",
    location: "https://meeting.tencent.com/dm/xinghe01",
    at,
    minutes: 30,
  });
  return { ...g, interviewId: interview.id };
}

describe("in-site notifications", () => {
  it("arrive with every mailed event, in the same transaction, and show as an unread count in the header", async () => {
    const g = await invitedGraduate();
    const db = await getDb();
    const mails = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, "mail.send"), like(outbox.idempotencyKey, `interview:${g.interviewId}:%`)));
    const toGraduate = mails.filter((m) => m.payload.to === g.user.email);
    expect(toGraduate).toHaveLength(1);

    const page = await callRoute(notificationsPage.loader, { path: "/notifications", cookie: g.cookie });
    const list = (page.data as Awaited<ReturnType<typeof notificationsPage.loader>>).notifications;
    const notice = list.find((n) => n.category === "interviews");
    expect(notice?.title).toBe(toGraduate[0]!.payload.subject);
    expect(notice?.link).toBe("/graduate/interviews");
    expect(notice?.read).toBe(false);

    const header = await callRoute(root.loader, { path: "/", cookie: g.cookie });
    expect((header.data as { counts: { notifications: number } }).counts.notifications).toBeGreaterThanOrEqual(1);

    // Marking it read clears the count; someone else cannot mark it (their answer is "not found").
    const stranger = await signedIn("graduate");
    const theirs = await callRoute(notificationsPage.action, {
      path: "/notifications",
      cookie: stranger.cookie,
      form: { _formId: `read-${notice!.id}`, intent: "read", id: notice!.id },
    });
    expect(theirs.status).toBe(404);
    const read = await callRoute(notificationsPage.action, {
      path: "/notifications",
      cookie: g.cookie,
      form: { _formId: `read-${notice!.id}`, intent: "read", id: notice!.id },
    });
    expect(read.status).toBe(200);
    const [row] = await db.select().from(notifications).where(eq(notifications.id, notice!.id));
    expect(row?.readAt).not.toBeNull();
  });

  it("send no mail for a category the person chose to see on the site only, and still post the notice", async () => {
    const g = await linkedGraduate(school);
    const saved = await callRoute(notificationsPage.action, {
      path: "/notifications",
      cookie: g.cookie,
      form: { _formId: "preferences", intent: "preferences", siteOnly: ["interviews", "account"] },
    });
    expect(saved.status).toBe(200);
    const db = await getDb();
    const applied = await applyToPosting(db, { userId: g.user.id }, { postingId, note: "" });
    const at = new Date(Date.now() + 12 * 86_400_000);
    const interview = await proposeOneSlot(db, employer.user.id, {
      applicationId: applied.applicationId,
      mode: "phone",
      location: "0512-66668888",
      at,
      minutes: 30,
    });
    const mails = await db
      .select()
      .from(outbox)
      .where(like(outbox.idempotencyKey, `interview:${interview.id}:%`));
    expect(mails.map((m) => m.payload.to)).not.toContain(g.user.email);
    const notices = await db.select().from(notifications).where(eq(notifications.userId, g.user.id));
    expect(notices.map((n) => n.category)).toContain("interviews");

    // "account" cannot be switched off: it is not even offered.
    const page = await callRoute(notificationsPage.loader, { path: "/notifications", cookie: g.cookie });
    expect((page.data as { categories: string[] }).categories).not.toContain("account");
  });

  it("let other domains post a notice in the reader's language, once per key", async () => {
    const g = await linkedGraduate(school);
    const db = await getDb();
    const input = {
      userId: g.user.id,
      category: "events" as const,
      key: `test-fair:${g.user.id}`,
      message: { key: "notification.category.events" },
      link: "/jobs",
    };
    expect(await notify(db, input)).toBe(true);
    expect(await notify(db, input)).toBe(false);
    const page = await callRoute(notificationsPage.loader, { path: "/notifications", cookie: g.cookie });
    const list = (page.data as Awaited<ReturnType<typeof notificationsPage.loader>>).notifications;
    expect(list.filter((n) => n.category === "events")).toHaveLength(1);

    const all = await callRoute(notificationsPage.action, {
      path: "/notifications",
      cookie: g.cookie,
      form: { _formId: "read-all", intent: "read-all" },
    });
    expect(all.status).toBe(200);
    const bogus = await callRoute(notificationsPage.action, {
      path: "/notifications",
      cookie: g.cookie,
      form: { _formId: "preferences", intent: "preferences", siteOnly: "fireworks" },
    });
    expect(bogus.status).toBe(400);
    expect(Object.values(errorKeys(bogus)).flat()).toContain("notification.category.invalid");
  });
});
