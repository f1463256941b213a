import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database, Queryable } from "../../db/client";
import { applications, graduateProfiles, graduates, users } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { collegeAndMajorNames, joinCollegeAndMajor } from "./college-and-major.server";
import type { Party, UserActor } from "../auth/actor";
import { scopeCovers } from "../auth/permissions";
import { getMembership, inGoodStanding } from "../employers/employers.server";
import { DomainError, firstKey, refuse } from "../errors";
import { mailLocaleOf } from "../i18n/mail-locale";
import { readUpload, storeUpload } from "../files/uploads.server";
import type { ProfileInput } from "./schema";

export type GraduateProfile = typeof graduateProfiles.$inferSelect;

/** The profile row of a roster graduate, created with defaults on first use. */
export async function ensureProfile(db: Queryable, graduateId: string): Promise<GraduateProfile> {
  // Read first: the profile exists on every request but the first, so that is one statement, not two.
  const [found] = await db.select().from(graduateProfiles).where(eq(graduateProfiles.graduateId, graduateId)).limit(1);
  if (found) return found;
  const [created] = await db
    .insert(graduateProfiles)
    .values({ graduateId })
    .onConflictDoNothing({ target: graduateProfiles.graduateId })
    .returning();
  if (created) return created;
  // Another request created it in between.
  const [row] = await db.select().from(graduateProfiles).where(eq(graduateProfiles.graduateId, graduateId)).limit(1);
  if (!row) throw new Error("profile missing after insert");
  return row;
}

/** The graduate behind a signed-in account with their major and college names, or null when not linked. */
export async function graduateContext(db: Queryable, userId: string) {
  const [row] = await joinCollegeAndMajor(
    db
      .select({ graduate: graduates, ...collegeAndMajorNames, profile: graduateProfiles, mailLocale: users.locale })
      .from(graduates)
      .$dynamic(),
  )
    .innerJoin(users, eq(users.id, graduates.userId))
    .leftJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(eq(graduates.userId, userId))
    .limit(1);
  if (!row) return null;
  const { mailLocale, ...found } = row;
  // The profile comes with the graduate in one statement; created only the first time. Its 邮件语言
  // shows the account's mail language, the one every mail follows (app/i18n/mail-locale.ts).
  const profile = row.profile ?? (await ensureProfile(db, row.graduate.id));
  return { ...found, profile: { ...profile, language: mailLocaleOf({ locale: mailLocale }) } };
}

/**
 * A change the graduate makes to their own profile (created the first time), recorded in the audit
 * log under `action` with `detail` (never the profile's text itself).
 */
async function writeProfile(
  db: Queryable,
  actor: UserActor,
  input: { graduateId: string; now?: Date },
  values: PgUpdateSetSource<typeof graduateProfiles>,
  audit: { action: string; detail: Record<string, unknown> },
) {
  await ensureProfile(db, input.graduateId);
  await db
    .update(graduateProfiles)
    .set({ ...values, updatedAt: input.now ?? sql`now()` })
    .where(eq(graduateProfiles.graduateId, input.graduateId));
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: audit.action,
    subjectType: "graduate",
    subjectId: input.graduateId,
    detail: audit.detail,
    at: input.now,
  });
}

export async function saveProfile(
  db: Database,
  actor: UserActor,
  input: { graduateId: string; profile: ProfileInput; now?: Date },
) {
  await db.transaction(async (tx) => {
    // One mail-language rule (issue 15): every mail goes out in users.locale; the profile's
    // "邮件语言" is where a graduate sets it, so it writes there too (the header switch does not).
    if (input.profile.language)
      await tx.update(users).set({ locale: input.profile.language }).where(eq(users.id, actor.userId));
    await writeProfile(tx, actor, input, input.profile, {
      action: "profile.update",
      detail: { nonPersonalised: input.profile.nonPersonalised, digestFrequency: input.profile.digestFrequency },
    });
  });
}

/** The switch on the graduate home page: personalised recommendations on or off (PIPL art. 24). */
export async function setNonPersonalised(
  db: Database,
  actor: UserActor,
  input: { graduateId: string; value: boolean },
) {
  await writeProfile(
    db,
    actor,
    input,
    { nonPersonalised: input.value },
    { action: "profile.personalisation", detail: { nonPersonalised: input.value } },
  );
}

/** Checked by content (PDF magic bytes) and size, stored outside the web root under a random name. */
export async function uploadResume(
  db: Database,
  actor: UserActor,
  input: { graduateId: string; file: File; now?: Date },
) {
  let stored;
  try {
    stored = await storeUpload("resume", input.file, "resume");
  } catch (error) {
    if (error instanceof DomainError && firstKey(error) === "upload.badType") {
      refuse("upload.resume.badType", { field: "resume" });
    }
    throw error;
  }
  await writeProfile(
    db,
    actor,
    input,
    {
      resumeFile: stored.file,
      resumeSha256: stored.sha256,
      resumeSize: stored.size,
      resumeUploadedAt: input.now ?? sql`now()`,
    },
    { action: "profile.resume_upload", detail: { sha256: stored.sha256, size: stored.size } },
  );
  return stored;
}

export type ResumeAccess =
  { status: "ok"; file: string; sha256: string; filename: string } | { status: "forbidden" } | { status: "not_found" };

/**
 * Who may download a graduate's résumé: the graduate; staff whose scope covers the graduate's
 * college; a member of an employer the graduate applied to (the file that was sent, and not
 * after the graduate withdrew). Everyone else: 403. Views by others than the graduate are audited.
 * The party comes from the signed-in account's role (`partyOf`, docs/decisions/036-acting-party.md).
 */
export async function resumeForViewer(db: Queryable, viewer: Party, graduateId: string): Promise<ResumeAccess> {
  const [row] = await db
    .select({
      graduate: graduates,
      resumeFile: graduateProfiles.resumeFile,
      resumeSha256: graduateProfiles.resumeSha256,
    })
    .from(graduates)
    .leftJoin(graduateProfiles, eq(graduateProfiles.graduateId, graduates.id))
    .where(eq(graduates.id, graduateId))
    .limit(1);
  if (!row) return { status: "not_found" };
  const filename = `resume-${row.graduate.studentNo}.pdf`;
  if (viewer.party === "graduate") {
    if (row.graduate.userId !== viewer.userId) return { status: "forbidden" };
    return row.resumeFile && row.resumeSha256
      ? { status: "ok", file: row.resumeFile, sha256: row.resumeSha256, filename }
      : { status: "not_found" };
  }
  if (viewer.party === "staff") {
    if (!scopeCovers(viewer.scope, row.graduate.collegeId)) return { status: "forbidden" };
    if (!row.resumeFile || !row.resumeSha256) return { status: "not_found" };
    await recordAudit(db, {
      actorUserId: viewer.userId,
      action: "graduate.resume_view",
      subjectType: "graduate",
      subjectId: graduateId,
    });
    return { status: "ok", file: row.resumeFile, sha256: row.resumeSha256, filename };
  }
  if (viewer.party === "employer") {
    const membership = await getMembership(db, viewer.userId);
    // A suspended or rejected employer no longer reads applicants' résumés.
    if (!membership || !inGoodStanding(membership.employer)) return { status: "forbidden" };
    const [application] = await db
      .select({ id: applications.id, resumeFile: applications.resumeFile, resumeSha256: applications.resumeSha256 })
      .from(applications)
      .where(
        and(
          eq(applications.graduateId, graduateId),
          eq(applications.employerId, membership.employer.id),
          ne(applications.status, "withdrawn"),
        ),
      )
      .orderBy(desc(applications.createdAt))
      .limit(1);
    if (!application) return { status: "forbidden" };
    await recordAudit(db, {
      actorUserId: viewer.userId,
      action: "application.resume_view",
      subjectType: "application",
      subjectId: application.id,
    });
    return { status: "ok", file: application.resumeFile, sha256: application.resumeSha256, filename };
  }
  return { status: "forbidden" };
}

export { readUpload };
