import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Database, Queryable } from "../../db/client";
import {
  applicationEvents,
  applications,
  colleges,
  employers,
  graduateProfiles,
  graduates,
  majors,
  postings,
  users,
  type ApplicationState,
} from "../../db/schema";
import { applicationStatusMail } from "../../emails/templates/application-status";
import { recordAudit } from "../audit/audit.server";
import type { UserActor } from "../auth/actor";
import { getEnv } from "../config/env.server";
import { mailLocaleOf } from "../i18n/mail-locale";
import { refuse } from "../errors";
import { ensureProfile } from "../graduates/profile.server";
import { joinCollegeAndMajor } from "../graduates/college-and-major.server";
import { enqueueMail } from "../outbox/outbox.server";
import { getPublicPosting } from "../postings/postings.server";
import { schoolDate } from "../time";
import { applicationEventTo, applicationMachine, contactVisible, type ApplicationActor } from "./states";

export interface ApplyResult {
  status: "applied" | "already";
  applicationId: string;
  createdAt: Date;
  resumeSha256: string;
  employerName: string;
  postingTitle: string;
}

/**
 * Applying is the graduate's consent (PIPL art. 23) to share the current résumé with this
 * posting's employer only. The résumé file and its SHA-256 are pinned on the application, so the
 * receipt says exactly what was sent. Applying again is a no-op that says so.
 */
export async function applyToPosting(
  db: Database,
  actor: UserActor,
  input: { postingId: string; note: string; now?: Date },
): Promise<ApplyResult> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [graduate] = await tx.select().from(graduates).where(eq(graduates.userId, actor.userId)).limit(1);
    if (!graduate) refuse("apply.needLink", { status: 403 });
    const found = await getPublicPosting(tx, input.postingId, schoolDate(now));
    const [existing] = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.graduateId, graduate.id), eq(applications.postingId, input.postingId)))
      .limit(1);
    if (existing) {
      const [names] = await tx
        .select({ employerName: employers.name, postingTitle: postings.title })
        .from(postings)
        .innerJoin(employers, eq(employers.id, postings.employerId))
        .where(eq(postings.id, input.postingId));
      return {
        status: "already",
        applicationId: existing.id,
        createdAt: existing.createdAt,
        resumeSha256: existing.resumeSha256,
        employerName: names?.employerName ?? "",
        postingTitle: names?.postingTitle ?? "",
      };
    }
    if (!found) refuse("apply.closed", { status: 409 });
    const profile = await ensureProfile(tx, graduate.id);
    if (!profile.resumeFile || !profile.resumeSha256) refuse("apply.needResume", { status: 409 });
    const [created] = await tx
      .insert(applications)
      .values({
        graduateId: graduate.id,
        postingId: found.posting.id,
        employerId: found.employer.id,
        note: input.note,
        resumeFile: profile.resumeFile,
        resumeSha256: profile.resumeSha256,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [applications.graduateId, applications.postingId] })
      .returning();
    if (!created) {
      // A concurrent double click won the race: report the application it created.
      const [row] = await tx
        .select()
        .from(applications)
        .where(and(eq(applications.graduateId, graduate.id), eq(applications.postingId, found.posting.id)));
      if (!row) throw new Error("application vanished");
      return {
        status: "already",
        applicationId: row.id,
        createdAt: row.createdAt,
        resumeSha256: row.resumeSha256,
        employerName: found.employer.name,
        postingTitle: found.posting.title,
      };
    }
    await tx.insert(applicationEvents).values({
      applicationId: created.id,
      fromStatus: null,
      toStatus: "submitted",
      actorUserId: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "application.submit",
      subjectType: "application",
      subjectId: created.id,
      detail: {
        postingId: found.posting.id,
        employerId: found.employer.id,
        resumeSha256: profile.resumeSha256,
        consent: "share_resume_with_employer",
      },
      at: now,
    });
    return {
      status: "applied",
      applicationId: created.id,
      createdAt: created.createdAt,
      resumeSha256: created.resumeSha256,
      employerName: found.employer.name,
      postingTitle: found.posting.title,
    };
  });
}

/** The graduate's own application to a posting, for the posting page's apply panel. */
export async function applicationFor(db: Queryable, actor: UserActor, postingId: string) {
  const [row] = await db
    .select({
      id: applications.id,
      status: applications.status,
      createdAt: applications.createdAt,
      resumeSha256: applications.resumeSha256,
    })
    .from(applications)
    .innerJoin(graduates, eq(graduates.id, applications.graduateId))
    .where(and(eq(graduates.userId, actor.userId), eq(applications.postingId, postingId)))
    .limit(1);
  return row ?? null;
}

/**
 * Applications named by the posting's title and the employer's name, with the other `columns` the
 * caller needs; the caller joins on and narrows (one graduate's list, the rows a transition locks).
 */
function selectNamedApplications<T extends SelectedFields>(db: Queryable, columns: T) {
  return db
    .select({ ...columns, postingTitle: postings.title, employerName: employers.name })
    .from(applications)
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .innerJoin(employers, eq(employers.id, applications.employerId))
    .$dynamic();
}

/**
 * One employer's applications named by the graduate's name and the posting's title, with the other
 * `columns` the caller needs; `where` narrows further (the application picked for a form, the ones
 * that may be invited). The employer's side of `selectNamedApplications`: the forms that start an
 * interview or an agreement from an application (app/interviews, app/agreements).
 */
export function selectEmployerApplications<T extends SelectedFields>(
  db: Queryable,
  employerId: string,
  columns: T,
  where?: SQL,
) {
  return db
    .select({ ...columns, graduateName: graduates.name, postingTitle: postings.title })
    .from(applications)
    .innerJoin(graduates, eq(graduates.id, applications.graduateId))
    .innerJoin(postings, eq(postings.id, applications.postingId))
    .where(and(eq(applications.employerId, employerId), where))
    .$dynamic();
}

/**
 * One graduate's applications, named, with the other `columns` a list needs: the graduate's own list
 * here, and staff's view of their search (app/graduates/journey.server.ts).
 */
export function selectGraduateApplications<T extends SelectedFields>(db: Queryable, graduateId: string, columns: T) {
  return selectNamedApplications(db, columns).where(eq(applications.graduateId, graduateId));
}

export async function listOwnApplications(db: Queryable, graduateId: string) {
  const rows = await selectGraduateApplications(db, graduateId, {
    id: applications.id,
    status: applications.status,
    note: applications.note,
    resumeSha256: applications.resumeSha256,
    createdAt: applications.createdAt,
    postingId: postings.id,
  }).orderBy(desc(applications.createdAt));
  const events = rows.length
    ? await db
        .select()
        .from(applicationEvents)
        .where(
          inArray(
            applicationEvents.applicationId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(applicationEvents.id))
    : [];
  return rows.map((row) => ({
    ...row,
    history: events.filter((e) => e.applicationId === row.id).map((e) => ({ status: e.toStatus, at: e.createdAt })),
  }));
}

interface TransitionContext {
  application: typeof applications.$inferSelect;
  graduate: typeof graduates.$inferSelect;
  postingTitle: string;
  employerName: string;
  graduateLocale: "zh-CN" | "en";
}

async function lockApplications(tx: Queryable, ids: string[]): Promise<TransitionContext[]> {
  if (ids.length === 0) return [];
  const rows = await selectNamedApplications(tx, {
    application: applications,
    graduate: graduates,
    locale: users.locale,
  })
    .innerJoin(graduates, eq(graduates.id, applications.graduateId))
    .leftJoin(users, eq(users.id, graduates.userId))
    .where(inArray(applications.id, ids))
    .orderBy(asc(applications.id))
    .for("update", { of: applications });
  return rows.map((r) => ({
    application: r.application,
    graduate: r.graduate,
    postingTitle: r.postingTitle,
    employerName: r.employerName,
    graduateLocale: mailLocaleOf(r),
  }));
}

async function applyTransition(
  tx: Queryable,
  ctx: TransitionContext,
  to: ApplicationState,
  actorUserId: string,
  actor: ApplicationActor,
  options: { mail?: boolean; now: Date },
) {
  const from = ctx.application.status;
  await tx
    .update(applications)
    .set({ status: to, updatedAt: options.now })
    .where(eq(applications.id, ctx.application.id));
  const [event] = await tx
    .insert(applicationEvents)
    .values({ applicationId: ctx.application.id, fromStatus: from, toStatus: to, actorUserId, createdAt: options.now })
    .returning({ id: applicationEvents.id });
  await recordAudit(tx, {
    actorUserId,
    action: `application.${to}`,
    subjectType: "application",
    subjectId: ctx.application.id,
    detail: { from, to, actor },
    at: options.now,
  });
  // The employer's changes are mailed to the graduate; the graduate's own moves need no mail.
  if (actor === "employer" && options.mail !== false) {
    const to_ = ctx.graduate.email;
    if (to_) {
      await enqueueMail(tx, `application-status:${ctx.application.id}:${event?.id}`, {
        to: to_,
        ...applicationStatusMail(
          {
            name: ctx.graduate.name,
            postingTitle: ctx.postingTitle,
            employerName: ctx.employerName,
            status: to,
            url: `${getEnv().publicUrl}/graduate/applications`,
          },
          ctx.graduateLocale,
        ),
      });
    }
  }
}

/** The graduate withdraws, or answers an offer. */
export async function graduateTransition(
  db: Database,
  actor: UserActor,
  input: { applicationId: string; to: "withdrawn" | "accepted" | "declined"; now?: Date },
) {
  await db.transaction(async (tx) => {
    const [ctx] = await lockApplications(tx, [input.applicationId]);
    if (!ctx || ctx.graduate.userId !== actor.userId) refuse("error.notFound", { status: 404 });
    applicationMachine.require(ctx.application.status, applicationEventTo(input.to)!, "graduate");
    await applyTransition(tx, ctx, input.to, actor.userId, "graduate", { now: input.now ?? new Date() });
  });
}

/**
 * Bulk status change by an employer: only applications to its own postings (others are treated
 * as not found), each checked against the transition table; those that cannot move are skipped
 * and counted. Every change is recorded and mailed to the graduate.
 */
export async function employerTransition(
  db: Database,
  actor: UserActor,
  input: { employerId: string; applicationIds: string[]; to: ApplicationState; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const contexts = await lockApplications(tx, input.applicationIds);
    if (
      contexts.length !== input.applicationIds.length ||
      contexts.some((c) => c.application.employerId !== input.employerId)
    ) {
      refuse("error.forbidden", { status: 403 });
    }
    let changed = 0;
    let skipped = 0;
    for (const ctx of contexts) {
      const event = applicationEventTo(input.to);
      if (!event || !applicationMachine.next(ctx.application.status, event, "employer").ok) {
        skipped++;
        continue;
      }
      await applyTransition(tx, ctx, input.to, actor.userId, "employer", { now });
      changed++;
    }
    return { changed, skipped };
  });
}

/**
 * An interview was proposed: the application moves to "interviewing" (through "shortlisted" when
 * it had not got there yet), with each step in its history. No status mail: the interview's own
 * invitation tells the graduate. Runs inside the proposing transaction.
 */
export async function markInterviewing(tx: Queryable, actor: UserActor, input: { applicationId: string; now: Date }) {
  const [ctx] = await lockApplications(tx, [input.applicationId]);
  if (!ctx) return;
  const path: ApplicationState[] =
    ctx.application.status === "shortlisted"
      ? ["interviewing"]
      : ["submitted", "viewed"].includes(ctx.application.status)
        ? ["shortlisted", "interviewing"]
        : [];
  for (const to of path) {
    await applyTransition(tx, ctx, to, actor.userId, "employer", { mail: false, now: input.now });
    ctx.application = { ...ctx.application, status: to };
  }
}

export async function saveEmployerNote(
  db: Database,
  _actor: UserActor,
  input: { employerId: string; applicationId: string; note: string },
) {
  const updated = await db
    .update(applications)
    .set({ employerNote: input.note.slice(0, 1000), updatedAt: sql`now()` })
    .where(and(eq(applications.id, input.applicationId), eq(applications.employerId, input.employerId)))
    .returning({ id: applications.id });
  if (updated.length === 0) refuse("error.forbidden", { status: 403 });
}

/** The posting of this employer, or a 403/404 DomainError. */
export async function ownPosting(db: Queryable, employerId: string, postingId: string) {
  const [posting] = await db
    .select({ id: postings.id, title: postings.title, employerId: postings.employerId })
    .from(postings)
    .where(eq(postings.id, postingId))
    .limit(1);
  if (!posting) refuse("error.notFound", { status: 404 });
  if (posting.employerId !== employerId) refuse("error.forbidden", { status: 403 });
  return posting;
}

/**
 * The pipeline of one posting, for its employer only. Contact details appear from the shortlist
 * on (data minimisation); withdrawn applications are listed without the graduate's data.
 */
export async function listApplicants(db: Queryable, input: { employerId: string; postingId: string }) {
  const posting = await ownPosting(db, input.employerId, input.postingId);
  const rows = await joinCollegeAndMajor(
    db
      .select({
        id: applications.id,
        status: applications.status,
        note: applications.note,
        employerNote: applications.employerNote,
        createdAt: applications.createdAt,
        resumeSha256: applications.resumeSha256,
        graduateId: graduates.id,
        name: graduates.name,
        degree: graduates.degree,
        cohort: graduates.cohort,
        phone: graduates.phone,
        email: graduates.email,
        accountEmail: users.email,
        majorZh: majors.nameZh,
        majorEn: majors.nameEn,
        collegeZh: colleges.nameZh,
        skills: graduateProfiles.skills,
        intro: graduateProfiles.intro,
      })
      .from(applications)
      .innerJoin(graduates, eq(graduates.id, applications.graduateId))
      .$dynamic(),
  )
    .leftJoin(users, eq(users.id, graduates.userId))
    .leftJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(eq(applications.postingId, posting.id))
    .orderBy(asc(applications.createdAt));
  return {
    posting,
    applicants: rows.map(({ phone, email, accountEmail, ...row }) => {
      const withdrawn = row.status === "withdrawn";
      const visible = contactVisible(row.status);
      return {
        ...row,
        skills: withdrawn ? [] : (row.skills ?? []),
        intro: withdrawn ? "" : (row.intro ?? ""),
        phone: visible ? phone : null,
        email: visible ? (email ?? accountEmail) : null,
        contactVisible: visible,
      };
    }),
  };
}
