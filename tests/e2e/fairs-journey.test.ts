import { eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { changeFairStatus, registerForFair } from "../../app/fairs/fairs.server";
import { callNext } from "../../app/fairs/queue.server";
import { addCalendarDays, schoolDate } from "../../app/time";
import { graduates, postings, users } from "../../db/schema";
import type { School } from "../../seed/factories";
import { followMenu, settled, signInThroughForm, watchedPage } from "../support/browser";
import { approvedBooth, exhibitor, fairStaff, openFair } from "../support/fairs";
import { linkedGraduate } from "../support/graduates";
import { startJourney, type Journey } from "../support/journey";
import { testSchool } from "../support/people";
import type { RunningSite } from "../support/server";
import { ensureIndex } from "../support/vetting";

let journey: Journey | undefined;
let site: RunningSite;
let browser: Browser;
let school: School;
let fair: { id: string; title: string };
let a: Awaited<ReturnType<typeof exhibitor>>;
let b: Awaited<ReturnType<typeof exhibitor>>;
let boothA: string;
let boothB: string;

const problems: string[] = [];
const PHONE = { width: 390, height: 844 };
const TENCENT = "https://meeting.tencent.com/dm/3aBcD9xYz";
const FEISHU = "https://vc.feishu.cn/j/123456789";

/** A roster graduate with an account, named as a person is. */
async function graduateNamed(name: string) {
  const db = await getDb();
  const graduate = await linkedGraduate(school, { major: "软件工程" });
  await db.update(users).set({ displayName: name }).where(eq(users.id, graduate.user.id));
  await db.update(graduates).set({ name }).where(eq(graduates.id, graduate.graduate.id));
  return { ...graduate, name };
}

beforeAll(async () => {
  // The data the journey starts from, written directly: a 信息类专场 live all day from yesterday to
  // tomorrow with two approved booths (each with two representatives and their meeting links). The
  // site runs at the real time: three days keep the fair live when the journey runs across midnight
  // at school (16:00 UTC); only the minute 23:59–24:00, when no fair is live, is left.
  await ensureIndex();
  school = await testSchool();
  const staff = await fairStaff();
  const today = schoolDate();
  fair = await openFair(staff, {
    startsOn: addCalendarDays(today, -1),
    endsOn: addCalendarDays(today, 1),
    liveFrom: "00:00",
    liveUntil: "23:59",
    employerWindowOpens: addCalendarDays(today, -1),
    employerWindowCloses: addCalendarDays(today, 1),
  });
  a = await exhibitor(staff.user.id, "杭州海康数据有限公司");
  b = await exhibitor(staff.user.id, "苏州工业软件有限公司");
  boothA = await approvedBooth(staff, fair.id, a);
  boothB = await approvedBooth(staff, fair.id, b);
  const db = await getDb();
  await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "open_to_graduates" });
  await changeFairStatus(db, staff.actor, { fairId: fair.id, event: "go_live" });

  journey = await startJourney();
  ({ site, browser } = journey);
}, 180_000);

afterAll(async () => {
  await journey?.stop(problems);
});

/** The meeting services are outside the test's world: answer their pages with a stand-in. */
async function fakeMeetings(context: BrowserContext) {
  await context.route(/^https:\/\/(meeting\.tencent\.com|vc\.feishu\.cn)\//, (route: Route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: '<!doctype html><html lang="zh-CN"><title>视频会议</title><p>会议中</p></html>',
    }),
  );
}

/** Counts what the page's event streams do, to tell a pushed call from one the page polled for. */
async function countEventStreams(context: BrowserContext) {
  await context.addInitScript(() => {
    const counts = { opened: 0, queue: 0 };
    (window as unknown as { __fairStreams: typeof counts }).__fairStreams = counts;
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("open", () => (counts.opened += 1));
        this.addEventListener("queue", () => (counts.queue += 1));
      }
    };
  });
}
const streams = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fairStreams: { opened: number; queue: number } }).__fairStreams);

/** A booth's card on the fair's page, by the employer's name. */
const boothCard = (page: Page, employer: string) =>
  page.locator("li.card").filter({ has: page.getByRole("heading", { level: 3, name: employer }) });
/** One of the graduate's lines in "我的排队", by the employer's name. */
const line = (page: Page, employer: string) =>
  page.getByRole("region", { name: "我的排队" }).getByRole("listitem").filter({ hasText: employer });

async function joinLine(page: Page, employer: string, consent: boolean) {
  const card = boothCard(page, employer);
  if (consent) await card.getByRole("checkbox", { name: new RegExp(`^如 ${employer} 邀请我面试`) }).check();
  await card.getByRole("button", { name: "排队" }).click();
  await line(page, employer).filter({ hasText: "排队中" }).waitFor();
  await settled(page);
}

/** A representative at the booth's call desk, online. */
async function atCallDesk(email: string) {
  // A refused call (nobody free to call) answers 409, which the browser logs.
  const { context, page } = await watchedPage(browser, problems, { ignore: /status of 409/ });
  await signInThroughForm(page, site.url, email);
  await page.goto(`${site.url}/employer/fairs/${fair.id}`);
  await page.getByRole("heading", { level: 2, name: "叫号台" }).waitFor();
  await page.getByRole("button", { name: "上线接待" }).click();
  await page.getByRole("status").filter({ hasText: "您已上线，可以叫号。" }).waitFor();
  await settled(page);
  return { context, page };
}

/** A Beijing wall-clock time `days` from today, as a datetime-local field takes it. */
function beijingLocal(days: number, hh: number): string {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return `${day}T${String(hh).padStart(2, "0")}:00`;
}

describe("an online job fair's live queue in the browser", () => {
  it("a graduate on a phone registers, joins two lines, sees a call within 2 s, opens the meeting, is invited to interview; the other booth cannot call her meanwhile", async () => {
    const chen = await graduateNamed("陈思远");

    // 1. On a 390 px phone she finds the fair in the menu and registers.
    const { context: phone, page: grad } = await watchedPage(browser, problems, { viewport: PHONE });
    await countEventStreams(phone);
    await fakeMeetings(phone);
    await signInThroughForm(grad, site.url, chen.user.email);
    await settled(grad);
    await followMenu(grad, "空中双选会");
    await grad.getByRole("heading", { level: 1, name: "空中双选会" }).waitFor();
    await grad.getByRole("link", { name: fair.title }).click();
    await grad.getByRole("heading", { level: 1, name: fair.title }).waitFor();
    await grad.getByRole("button", { name: "报名参加" }).click();
    await grad.getByRole("status").filter({ hasText: "报名成功，确认邮件已发送。" }).waitFor();
    await settled(grad);

    // 2. She joins both booths' lines; at 杭州海康 she agrees to be applied for if invited.
    await grad.getByRole("region", { name: "我的排队" }).getByText("您还没有排队").waitFor();
    await joinLine(grad, a.employer.name, true);
    await joinLine(grad, b.employer.name, false);
    await expect.poll(() => line(grad, a.employer.name).textContent()).toContain("前面还有 0 人");
    await expect.poll(() => line(grad, b.employer.name).textContent()).toContain("前面还有 0 人");
    expect(await grad.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The page listens for its calls (server-sent events) while she waits.
    await expect.poll(async () => (await streams(grad)).opened).toBeGreaterThan(0);

    // 3. 杭州海康's representative, in another browser, goes online and calls the next graduate.
    const { context: deskA, page: repA } = await atCallDesk(a.owner.user.email);
    await repA.getByText("排队 1 人").waitFor();
    const pushed = (await streams(grad)).queue;
    const pressed = Date.now();
    await repA.getByRole("button", { name: "叫下一位" }).click();
    const call = grad.getByRole("alert").filter({ hasText: "轮到您了！请点击进入会议：" });
    await call.waitFor({ timeout: 10_000 });
    const seenAfterMs = Date.now() - pressed;
    expect(seenAfterMs, `the call showed on her page ${seenAfterMs} ms after the press`).toBeLessThan(2000);
    // Pushed to the page, not found by polling.
    expect((await streams(grad)).queue).toBeGreaterThan(pushed);
    await repA.getByRole("status").filter({ hasText: "已叫号，请在会议中等候。" }).waitFor();
    await repA.getByRole("heading", { level: 3, name: `${chen.name} · 已叫号` }).waitFor();

    // 4. She opens the meeting link: the chat begins, and she is sent on to the representative's meeting.
    const [meeting] = await Promise.all([
      phone.waitForEvent("page"),
      call.getByRole("link", { name: "进入视频会议" }).click(),
    ]);
    await meeting.waitForURL(TENCENT);
    await meeting.close();
    await expect.poll(() => line(grad, a.employer.name).textContent(), { timeout: 5000 }).toContain("交流中");
    // The call desk refreshes itself in place and shows the chat.
    await repA.getByRole("heading", { level: 3, name: `${chen.name} · 交流中` }).waitFor({ timeout: 10_000 });

    // 5. Meanwhile 苏州工业软件 cannot call her: their desk says why, and her place there is kept.
    const { context: deskB, page: repB } = await atCallDesk(b.owner.user.email);
    await repB.getByText("排队 1 人").waitFor();
    await repB.getByRole("button", { name: "叫下一位" }).click();
    await repB.getByRole("alert").filter({ hasText: "排队的同学都在与其他展位交流，请稍后再叫号。" }).waitFor();
    expect(await repB.getByRole("heading", { level: 3, name: new RegExp(chen.name) }).count()).toBe(0);
    expect(await line(grad, b.employer.name).textContent()).toContain("排队中");

    // 6. The chat ends; the representative invites her to interview (she agreed when joining the line).
    await repA.getByRole("button", { name: "结束交流" }).click();
    await repA.getByRole("status").filter({ hasText: "交流结束，请标记意向。" }).waitFor();
    await settled(repA);
    const mark = repA.locator("form").filter({ has: repA.getByLabel(`对 ${chen.name} 的意向`) });
    await mark.getByText("已同意代投").waitFor();
    await mark.getByLabel(`对 ${chen.name} 的意向`).selectOption("invite_to_interview");
    const [posting] = await (
      await getDb()
    )
      .select({ title: postings.title })
      .from(postings)
      .where(eq(postings.id, a.postingId));
    await mark.getByLabel("面试职位").selectOption({ label: posting!.title });
    await mark.getByLabel("面试时间（北京时间）").fill(beijingLocal(3, 14));
    await mark.getByLabel("面试时长（分钟）").fill("30");
    await mark.getByLabel("备注（仅本单位可见）").fill("算法基础扎实，建议二面。");
    await mark.getByRole("button", { name: "保存" }).click();
    await repA.getByRole("status").filter({ hasText: "已保存。" }).waitFor();

    // 7. The interview appears for both: on her "我的面试" and on the employer's interviews page.
    await expect.poll(() => line(grad, a.employer.name).count(), { timeout: 5000 }).toBe(0);
    await settled(grad);
    await followMenu(grad, "在线面试");
    await grad.getByRole("heading", { level: 1, name: "我的面试" }).waitFor();
    await grad
      .getByRole("heading", { level: 2 })
      .filter({ hasText: `${posting!.title} · ${a.employer.name}` })
      .waitFor();
    await settled(repA);
    await followMenu(repA, "在线面试");
    await repA.getByRole("heading", { level: 1, name: "在线面试" }).waitFor();
    await repA
      .getByRole("heading", { level: 2 })
      .filter({ hasText: `${chen.name} · ${posting!.title}` })
      .waitFor();

    // 8. Now free, she can be called by 苏州工业软件: her place in that line was kept all along.
    await repB.getByRole("button", { name: "叫下一位" }).click();
    await repB.getByRole("heading", { level: 3, name: `${chen.name} · 已叫号` }).waitFor();

    await phone.close();
    await deskA.close();
    await deskB.close();
    expect(problems).toEqual([]);
  });

  it("works without JavaScript: the refresh link shows the call and the meeting link opens", async () => {
    const lin = await graduateNamed("林晓雯");
    await registerForFair(await getDb(), { userId: lin.user.id }, { fairId: fair.id });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
      viewport: PHONE,
    });
    await fakeMeetings(context);
    const streamsAsked: string[] = [];
    context.on("request", (request) => {
      if (request.url().includes("/events")) streamsAsked.push(request.url());
    });
    const page = await context.newPage();
    await signInThroughForm(page, site.url, lin.user.email);
    await page.goto(`${site.url}/fairs/${fair.id}`);
    await boothCard(page, a.employer.name).getByRole("button", { name: "排队" }).click();
    await page.getByRole("status").filter({ hasText: "已加入排队。" }).waitFor();
    await line(page, a.employer.name).filter({ hasText: "排队中" }).waitFor();

    // 杭州海康's other representative calls her; the page cannot know until she refreshes it.
    await callNext(await getDb(), { userId: a.colleague.user.id }, { boothId: boothA });
    await page.getByRole("link", { name: "刷新排队状态" }).click();
    const call = page.getByRole("alert").filter({ hasText: "轮到您了！请点击进入会议：" });
    await call.waitFor();
    const [meeting] = await Promise.all([
      context.waitForEvent("page"),
      call.getByRole("link", { name: "进入视频会议" }).click(),
    ]);
    await meeting.waitForURL(FEISHU);
    await page.reload();
    await line(page, a.employer.name).filter({ hasText: "交流中" }).waitFor();
    expect(streamsAsked).toEqual([]);
    await context.close();
  });

  it("falls back to polling where the event stream is unavailable, and still shows the call", async () => {
    const zhou = await graduateNamed("周子涵");
    await registerForFair(await getDb(), { userId: zhou.user.id }, { fairId: fair.id });
    // What the server answers where it has no listener (PGlite): 204, and the stream is closed.
    const { context, page } = await watchedPage(browser, problems, { ignore: /EventSource|event-stream/ });
    await countEventStreams(context);
    let streamAsked = 0;
    await context.route(/\/fairs\/[^/]+\/events$/, (route: Route) => {
      streamAsked += 1;
      return route.fulfill({ status: 204 });
    });
    const polls: number[] = [];
    context.on("request", (request) => {
      if (/\/fairs\/[^/]+\.data/.test(request.url())) polls.push(Date.now());
    });
    await signInThroughForm(page, site.url, zhou.user.email);
    await page.goto(`${site.url}/fairs/${fair.id}`);
    await joinLine(page, b.employer.name, false);
    await expect.poll(() => streamAsked).toBeGreaterThan(0);

    // 苏州工业软件's other representative calls her; the page asks every 2 s and shows it.
    const before = polls.length;
    const calledAt = Date.now();
    await callNext(await getDb(), { userId: b.colleague.user.id }, { boothId: boothB });
    await page.getByRole("alert").filter({ hasText: "轮到您了！请点击进入会议：" }).waitFor({ timeout: 10_000 });
    const seenAfterMs = Date.now() - calledAt;
    expect(seenAfterMs, `the polled page showed the call after ${seenAfterMs} ms`).toBeLessThan(5000);
    expect(polls.length).toBeGreaterThan(before);
    expect((await streams(page)).queue).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });
});
