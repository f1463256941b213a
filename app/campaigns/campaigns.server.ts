/**
 * Programme campaigns and deadline reminders (issue 14 "Campaigns"): staff pick graduates by cohort,
 * college, major, degree and eligibility, preview who that is, and send one message written in zh and
 * en. Each graduate is reached once per campaign (unique delivery row), by mail through the outbox and
 * by an in-site notice; the "outreach" category preference is honoured; mail waits out quiet hours.
 */
import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { mailLocaleOf } from "../i18n/mail-locale";
import type { Database, Queryable } from "../../db/client";
import {
  campaignDeliveries,
  campaigns,
  graduateProfiles,
  graduates,
  notificationPreferences,
  programmeInterests,
  programmeWindows,
  programmeYears,
  programmes,
  users,
  type CampaignTarget,
} from "../../db/schema";
import { campaignMail } from "../../emails/templates/campaign";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { translate } from "../i18n/messages";
import { nameFor } from "../i18n/names";
import { notify } from "../notifications/notifications.server";
import { enqueueMail } from "../outbox/outbox.server";
import { eligibilityProfileOf, rulesOf, selectGraduatesWithEligibilityFacts } from "../programmes/eligibility.server";
import { checkEligibility } from "../programmes/eligibility";
import { selectNamedWindows } from "../programmes/windows.server";
import { schoolDate } from "../time";
import { FUNNEL_STATES, type FunnelState, type ProgrammeSlug } from "../../vocabulary";
import { selectTargets, sendTimeFor, type CampaignCandidate } from "./targeting";

const SAMPLE_SIZE = 10;

/** A college's staff may only reach their college: an empty college becomes theirs, another is refused. */
function scopedTarget(actor: StaffActor, target: CampaignTarget): CampaignTarget {
  if (actor.scope.kind === "school") return target;
  if (target.collegeId === null) return { ...target, collegeId: actor.scope.collegeId };
  if (!scopeCovers(actor.scope, target.collegeId)) refuse("error.forbidden", { status: 403 });
  return target;
}

type Candidate = CampaignCandidate & {
  name: string;
  studentNo: string;
  userId: string | null;
  email: string | null;
  locale: "zh-CN" | "en";
  unsubscribeToken: string | null;
};

/** The graduates of a target with their eligibility for the programme year, in student-number order. */
async function targetGraduates(
  db: Queryable,
  input: { slug: ProgrammeSlug; year: number; target: CampaignTarget },
): Promise<Candidate[]> {
  const rules = await rulesOf(db, input.slug, input.year);
  if (!rules) refuse("campaign.programme.noYear", { field: "year", status: 400 });
  const { target } = input;
  const rows = await selectGraduatesWithEligibilityFacts(db, {
    graduateId: graduates.id,
    name: graduates.name,
    studentNo: graduates.studentNo,
    collegeId: graduates.collegeId,
    majorId: graduates.majorId,
    rosterEmail: graduates.email,
    userId: graduates.userId,
    userEmail: users.email,
    userLocale: users.locale,
    unsubscribeToken: graduateProfiles.unsubscribeToken,
  })
    .leftJoin(users, eq(users.id, graduates.userId))
    .leftJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(
      and(
        eq(graduates.cohort, target.cohort),
        target.collegeId === null ? undefined : eq(graduates.collegeId, target.collegeId),
        target.majorId === null ? undefined : eq(graduates.majorId, target.majorId),
        target.degree === null ? undefined : eq(graduates.degree, target.degree),
      ),
    )
    .orderBy(asc(graduates.studentNo));
  const candidates: Candidate[] = rows.map((row) => ({
    graduateId: row.graduateId,
    name: row.name,
    studentNo: row.studentNo,
    cohort: row.cohort,
    collegeId: row.collegeId,
    majorId: row.majorId,
    degree: row.degree,
    userId: row.userId,
    email: row.userEmail ?? row.rosterEmail,
    locale: mailLocaleOf({ locale: row.userLocale }),
    unsubscribeToken: row.unsubscribeToken,
    eligibility: checkEligibility(rules, eligibilityProfileOf(row), input.year).outcome,
  }));
  return selectTargets(candidates, target);
}

export interface CampaignDraft {
  slug: ProgrammeSlug;
  year: number;
  target: CampaignTarget;
}

/**
 * How many graduates a target reaches and the first names, before anything is sent. Audited with the
 * target and the graduates shown: a list filtered by eligibility tells the reader something about
 * each listed graduate's profile facts (political status, certificates), so the audit says whose.
 */
export async function previewCampaign(db: Queryable, actor: StaffActor, draft: CampaignDraft) {
  const target = scopedTarget(actor, draft.target);
  const reached = await targetGraduates(db, { ...draft, target });
  const shown = reached.slice(0, SAMPLE_SIZE);
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "campaign.preview",
    subjectType: "programme",
    subjectId: null,
    detail: {
      programme: draft.slug,
      year: draft.year,
      target,
      count: reached.length,
      shownGraduateIds: shown.map((g) => g.graduateId),
    },
  });
  return {
    target,
    count: reached.length,
    sample: shown.map((g) => ({ name: g.name, studentNo: g.studentNo })),
  };
}

export async function createCampaign(
  db: Queryable,
  actor: StaffActor,
  input: CampaignDraft & { subjectZh: string; subjectEn: string; bodyZh: string; bodyEn: string },
): Promise<string> {
  const target = scopedTarget(actor, input.target);
  if (!(await rulesOf(db, input.slug, input.year))) refuse("campaign.programme.noYear", { field: "year" });
  const [row] = await db
    .insert(campaigns)
    .values({
      programmeSlug: input.slug,
      year: input.year,
      subjectZh: input.subjectZh,
      subjectEn: input.subjectEn,
      bodyZh: input.bodyZh,
      bodyEn: input.bodyEn,
      target,
      scopeCollegeId: actor.scope.kind === "college" ? actor.scope.collegeId : null,
      createdByUserId: actor.userId,
    })
    .returning({ id: campaigns.id });
  return row!.id;
}

/** A campaign its reader may see: college staff see their college's campaigns only. */
async function campaignInScope(db: Queryable, actor: StaffActor, id: string) {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) refuse("error.notFound", { status: 404 });
  if (actor.scope.kind === "college" && row.scopeCollegeId !== actor.scope.collegeId)
    refuse("error.forbidden", { status: 403 });
  return row;
}

export interface SendResult {
  reached: number;
  mailed: number;
  siteOnly: number;
  alreadyReached: number;
  /** When the mail leaves: now, or the next school morning when sent in quiet hours. */
  sendAfter: string;
}

/**
 * Sends (or resends) a campaign: graduates already reached are skipped by the unique delivery row,
 * so sending twice mails each graduate once. Each graduate's delivery, notice and mail share one
 * transaction.
 */
export async function sendCampaign(
  db: Database,
  actor: StaffActor,
  input: { campaignId: string },
  now = new Date(),
): Promise<SendResult> {
  const campaign = await campaignInScope(db, actor, input.campaignId);
  const target = scopedTarget(actor, campaign.target);
  const reached = await targetGraduates(db, { slug: campaign.programmeSlug, year: campaign.year, target });
  const sendAfter = sendTimeFor(now);
  const { publicUrl } = getEnv();
  const result: SendResult = {
    reached: 0,
    mailed: 0,
    siteOnly: 0,
    alreadyReached: 0,
    sendAfter: sendAfter.toISOString(),
  };
  for (const graduate of reached) {
    if (!graduate.userId && !graduate.email) continue;
    await db.transaction(async (tx) => {
      const token = randomBytes(18).toString("hex");
      const inserted = await tx
        .insert(campaignDeliveries)
        .values({ campaignId: campaign.id, graduateId: graduate.graduateId, token, sendAfter })
        .onConflictDoNothing({ target: [campaignDeliveries.campaignId, campaignDeliveries.graduateId] })
        .returning({ id: campaignDeliveries.id });
      if (inserted.length === 0) {
        result.alreadyReached++;
        return;
      }
      result.reached++;
      const english = graduate.locale === "en";
      const subject = english ? campaign.subjectEn : campaign.subjectZh;
      const body = english ? campaign.bodyEn : campaign.bodyZh;
      const key = `campaign:${campaign.id}:${graduate.graduateId}`;
      const programmePath = `/programmes/${campaign.programmeSlug}?year=${campaign.year}`;
      // The notice is posted first with the programme's link; enqueueMail's own notice for the same
      // key (`mail:<key>`) is then a no-op, while it still decides mail or site only.
      if (graduate.userId)
        await notify(tx, {
          userId: graduate.userId,
          category: "outreach",
          key: `mail:${key}`,
          title: subject,
          body: body.length > 600 ? `${body.slice(0, 599)}…` : body,
          link: programmePath,
        });
      if (!graduate.email) {
        await markSiteOnly(tx, inserted[0]!.id);
        result.siteOnly++;
        return;
      }
      const unsubscribeUrl = graduate.unsubscribeToken
        ? `${publicUrl}/unsubscribe/${graduate.unsubscribeToken}/outreach`
        : null;
      const mail = campaignMail(
        {
          subject,
          body,
          clickUrl: `${publicUrl}/m/c/${token}`,
          openPixelUrl: `${publicUrl}/m/o/${token}`,
          unsubscribeUrl,
          preferencesUrl: `${publicUrl}/notifications`,
        },
        graduate.locale,
      );
      const queued = await enqueueMail(
        tx,
        key,
        {
          to: graduate.email,
          ...mail,
          ...(unsubscribeUrl
            ? {
                headers: {
                  "List-Unsubscribe": `<${unsubscribeUrl}>`,
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
              }
            : {}),
        },
        { runAfter: sendAfter },
      );
      if (queued) result.mailed++;
      else {
        await markSiteOnly(tx, inserted[0]!.id);
        result.siteOnly++;
      }
    });
  }
  await db
    .update(campaigns)
    .set({ sentAt: sql`coalesce(${campaigns.sentAt}, now())` })
    .where(eq(campaigns.id, campaign.id));
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "campaign.send",
    subjectType: "campaign",
    subjectId: campaign.id,
    detail: { reached: result.reached, alreadyReached: result.alreadyReached },
  });
  return result;
}

async function markSiteOnly(db: Queryable, deliveryId: string) {
  await db.update(campaignDeliveries).set({ channel: "site" }).where(eq(campaignDeliveries.id, deliveryId));
}

const TOKEN = /^[0-9a-f]{36}$/;

/** The tracking pixel was fetched: counts an open. Unknown tokens count nothing and say nothing. */
export async function recordOpen(db: Queryable, token: string, now = new Date()): Promise<void> {
  if (!TOKEN.test(token)) return;
  await db
    .update(campaignDeliveries)
    .set({
      opens: sql`${campaignDeliveries.opens} + 1`,
      openedAt: sql`coalesce(${campaignDeliveries.openedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(campaignDeliveries.token, token));
}

/**
 * The mail's button was followed: counts a click (and an open, since images may be blocked) and
 * answers the campaign's programme page. The target is ours, never taken from the URL.
 */
export async function recordClick(db: Queryable, token: string, now = new Date()): Promise<string> {
  if (!TOKEN.test(token)) return "/programmes";
  const [row] = await db
    .update(campaignDeliveries)
    .set({
      clicks: sql`${campaignDeliveries.clicks} + 1`,
      clickedAt: sql`coalesce(${campaignDeliveries.clickedAt}, ${now.toISOString()}::timestamptz)`,
      openedAt: sql`coalesce(${campaignDeliveries.openedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(campaignDeliveries.token, token))
    .returning({ campaignId: campaignDeliveries.campaignId });
  if (!row) return "/programmes";
  const [campaign] = await db
    .select({ slug: campaigns.programmeSlug, year: campaigns.year })
    .from(campaigns)
    .where(eq(campaigns.id, row.campaignId));
  return campaign ? `/programmes/${campaign.slug}?year=${campaign.year}` : "/programmes";
}

export async function listCampaigns(db: Queryable, actor: StaffActor) {
  const rows = await db
    .select({
      id: campaigns.id,
      slug: campaigns.programmeSlug,
      year: campaigns.year,
      subjectZh: campaigns.subjectZh,
      subjectEn: campaigns.subjectEn,
      createdAt: campaigns.createdAt,
      sentAt: campaigns.sentAt,
    })
    .from(campaigns)
    .where(actor.scope.kind === "college" ? eq(campaigns.scopeCollegeId, actor.scope.collegeId) : undefined)
    .orderBy(desc(campaigns.createdAt))
    .limit(100);
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
}

/**
 * One campaign with its counts: reached, mailed, opened, clicked, and the reached graduates' funnel
 * states in the programme year (interest marked after being reached moves these numbers).
 */
export async function viewCampaign(db: Queryable, actor: StaffActor, input: { campaignId: string }) {
  const campaign = await campaignInScope(db, actor, input.campaignId);
  const [counts] = await db
    .select({
      reached: count(),
      mailed: sql<number>`count(*) filter (where ${campaignDeliveries.channel} = 'mail')`.mapWith(Number),
      opened: count(campaignDeliveries.openedAt),
      clicked: count(campaignDeliveries.clickedAt),
    })
    .from(campaignDeliveries)
    .where(eq(campaignDeliveries.campaignId, campaign.id));
  const funnelRows = await db
    .select({ state: programmeInterests.state, n: count() })
    .from(campaignDeliveries)
    .innerJoin(programmeInterests, eq(programmeInterests.graduateId, campaignDeliveries.graduateId))
    .innerJoin(programmeYears, eq(programmeYears.id, programmeInterests.yearId))
    .where(
      and(
        eq(campaignDeliveries.campaignId, campaign.id),
        eq(programmeYears.programmeSlug, campaign.programmeSlug),
        eq(programmeYears.year, campaign.year),
      ),
    )
    .groupBy(programmeInterests.state);
  const funnel = Object.fromEntries(FUNNEL_STATES.map((s) => [s, 0])) as Record<FunnelState, number>;
  for (const row of funnelRows) funnel[row.state] = row.n;
  const [programme] = await db
    .select({ nameZh: programmes.nameZh, nameEn: programmes.nameEn })
    .from(programmes)
    .where(eq(programmes.slug, campaign.programmeSlug));
  return {
    campaign: {
      id: campaign.id,
      slug: campaign.programmeSlug,
      year: campaign.year,
      subjectZh: campaign.subjectZh,
      subjectEn: campaign.subjectEn,
      bodyZh: campaign.bodyZh,
      bodyEn: campaign.bodyEn,
      target: campaign.target,
      sentAt: campaign.sentAt?.toISOString() ?? null,
    },
    programme: programme ?? null,
    counts: {
      reached: counts?.reached ?? 0,
      mailed: counts?.mailed ?? 0,
      opened: counts?.opened ?? 0,
      clicked: counts?.clicked ?? 0,
      interested: Object.values(funnel).reduce((a, b) => a + b, 0),
    },
    funnel,
  };
}

/** States in which a graduate still has something to do before a window closes. */
const REMINDED_STATES: FunnelState[] = ["interested", "registered_official"];
const REMINDER_DAYS = 7;

/**
 * Deadline reminders (issue 14): for every confirmed window closing within the next week, each
 * graduate interested in that programme year gets one mail and notice per window (outbox key
 * `programme-deadline:<window>:<graduate>`, so running this again sends nothing twice). Mail waits
 * out quiet hours. Returns how many reminders were newly queued or posted.
 */
export async function scheduleDeadlineReminders(db: Database, now = new Date()): Promise<number> {
  const today = schoolDate(now);
  const horizon = schoolDate(new Date(now.getTime() + REMINDER_DAYS * 24 * 3600 * 1000));
  const rows = await selectNamedWindows(db, {
    windowId: programmeWindows.id,
    closesOn: programmeWindows.closesOn,
    graduateId: programmeInterests.graduateId,
    userId: graduates.userId,
    email: users.email,
    locale: users.locale,
  })
    .innerJoin(programmeInterests, eq(programmeInterests.yearId, programmeYears.id))
    .innerJoin(graduates, eq(graduates.id, programmeInterests.graduateId))
    .innerJoin(users, eq(users.id, graduates.userId))
    .where(
      and(
        eq(programmeWindows.status, "known"),
        isNotNull(programmeWindows.closesOn),
        gte(programmeWindows.closesOn, today),
        lte(programmeWindows.closesOn, horizon),
        inArray(programmeInterests.state, REMINDED_STATES),
      ),
    );
  const runAfter = sendTimeFor(now);
  const { publicUrl } = getEnv();
  let queued = 0;
  for (const row of rows) {
    const locale = mailLocaleOf(row);
    const name = nameFor(locale, row);
    const params = { programme: name, window: { key: `programme.window.${row.kind}` }, date: { date: row.closesOn! } };
    const subject = translate(locale, { key: "campaign.reminder.subject", params });
    const body = translate(locale, { key: "campaign.reminder.body", params });
    const key = `programme-deadline:${row.windowId}:${row.graduateId}`;
    const url = `${publicUrl}/programmes/${row.slug}?year=${row.year}`;
    await db.transaction(async (tx) => {
      const posted = await notify(tx, {
        userId: row.userId!,
        category: "outreach",
        key: `mail:${key}`,
        title: subject,
        body,
        link: `/programmes/${row.slug}?year=${row.year}`,
      });
      if (!posted) return;
      queued++;
      await enqueueMail(
        tx,
        key,
        {
          to: row.email,
          ...campaignMail(
            {
              subject,
              body,
              clickUrl: url,
              openPixelUrl: null,
              unsubscribeUrl: null,
              preferencesUrl: `${publicUrl}/notifications`,
            },
            locale,
          ),
        },
        { runAfter },
      );
    });
  }
  return queued;
}

/**
 * One-click unsubscribe from outreach mail (RFC 8058), with the same mailed token as the digest's
 * link: the graduate's "outreach" category becomes "site only", so notices still arrive.
 */
export async function unsubscribeOutreachByToken(db: Queryable, token: string): Promise<boolean> {
  if (!/^[0-9a-f]{20,80}$/.test(token)) return false;
  const [row] = await db
    .select({ userId: graduates.userId })
    .from(graduateProfiles)
    .innerJoin(graduates, eq(graduates.id, graduateProfiles.graduateId))
    .where(eq(graduateProfiles.unsubscribeToken, token));
  if (!row?.userId) return false;
  await db
    .insert(notificationPreferences)
    .values({ userId: row.userId, category: "outreach", delivery: "site" })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.category],
      set: { delivery: "site" },
    });
  return true;
}
