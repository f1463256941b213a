import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inArray, sql } from "drizzle-orm";
import type { Database, Queryable } from "../../db/client";
import { colleges, graduates, majors } from "../../db/schema";
import { excludedValues } from "../../db/upsert";
import { recordAudit } from "../audit/audit.server";
import type { StaffActor, SystemActor } from "../auth/actor";
import { scopeCovers, type StaffScope } from "../auth/permissions";
import { getEnv } from "../config/env.server";
import { refuse } from "../errors";
import { createActivations } from "./activation.server";
import {
  checkRosterRows,
  decodeCsv,
  rosterFileKind,
  type CheckedRow,
  type RosterCheck,
  type RosterRow,
  type SchoolLookup,
} from "./roster-import";

export async function loadSchoolLookup(db: Queryable): Promise<SchoolLookup> {
  const [collegeRows, majorRows] = await Promise.all([db.select().from(colleges), db.select().from(majors)]);
  return { colleges: collegeRows, majors: majorRows };
}

export const MAX_ROSTER_FILE_BYTES = 10 * 1024 * 1024;
const BATCH = 1000;

/** The cells of the first sheet (.xlsx) or of the CSV file, as text. */
export async function readRosterFile(bytes: Uint8Array): Promise<string[][]> {
  const kind = rosterFileKind(bytes);
  if (kind === null) refuse("roster.file.badType", { field: "file" });
  if (kind === "csv") {
    const { parseCsv } = await import("./roster-import");
    return parseCsv(decodeCsv(bytes));
  }
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    refuse("roster.file.badType", { field: "file" });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= Math.max(row.cellCount, 10); col++) cells.push(row.getCell(col).text ?? "");
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

export interface RosterDryRun extends RosterCheck {
  newCount: number;
  updateCount: number;
}

/**
 * Validates a file against the school and the roster: every row problem, plus student numbers
 * that already belong to a graduate outside the importer's scope (a college may not take over,
 * or overwrite, another college's graduate). Writes nothing.
 */
export async function dryRunRoster(
  db: Queryable,
  scope: StaffScope,
  bytes: Uint8Array,
  school?: SchoolLookup,
): Promise<RosterDryRun> {
  const cells = await readRosterFile(bytes);
  const check = checkRosterRows(cells, school ?? (await loadSchoolLookup(db)), scope);
  if (check.fileProblems.length > 0) return { ...check, newCount: 0, updateCount: 0 };
  const numbers = check.rows.map((r) => r.studentNo).filter(Boolean);
  const existing = new Map<string, number>();
  for (let i = 0; i < numbers.length; i += 5000) {
    const found = await db
      .select({ studentNo: graduates.studentNo, collegeId: graduates.collegeId })
      .from(graduates)
      .where(inArray(graduates.studentNo, numbers.slice(i, i + 5000)));
    for (const row of found) existing.set(row.studentNo, row.collegeId);
  }
  const rows: CheckedRow[] = check.rows.map((row) => {
    const collegeId = existing.get(row.studentNo);
    if (collegeId === undefined || scopeCovers(scope, collegeId)) return row;
    return {
      ...row,
      row: null,
      problems: [
        ...row.problems,
        { column: "studentNo", message: "roster.problem.otherCollege", value: row.studentNo },
      ],
    };
  });
  const valid = rows.flatMap((r) => (r.row ? [r.row] : []));
  return {
    rows,
    valid,
    problemRows: rows.filter((r) => r.problems.length > 0).length,
    fileProblems: [],
    newCount: valid.filter((r) => !existing.has(r.studentNo)).length,
    updateCount: valid.filter((r) => existing.has(r.studentNo)).length,
  };
}

export interface RosterImportResult {
  inserted: number;
  updated: number;
  activationMails: number;
}

/**
 * All or nothing: the file is checked again inside the transaction and any problem aborts it
 * with nothing written. Rows are upserted on the student number in batches of 1,000
 * (INSERT … ON CONFLICT DO UPDATE), so a re-import updates and 10,000 rows take seconds.
 * New graduates with no account get a one-time activation link by mail (through the outbox).
 * Staff import the rows of their scope; the system (scripts/import-roster.ts, run on the server)
 * imports for the whole school.
 */
export async function importRoster(
  db: Database,
  actor: StaffActor | SystemActor,
  input: {
    bytes: Uint8Array;
    sendActivation: boolean;
    onProgress?: (done: number, total: number) => void;
    now?: Date;
  },
): Promise<RosterImportResult> {
  const scope: StaffScope = "system" in actor ? { kind: "school" } : actor.scope;
  const school = await loadSchoolLookup(db);
  return db.transaction(async (tx) => {
    const check = await dryRunRoster(tx, scope, input.bytes, school);
    if (check.fileProblems.length > 0 || check.problemRows > 0) {
      refuse("roster.import.hasProblems", { status: 422, field: "file" });
    }
    const result = await upsertRosterRows(tx, check.valid, input.onProgress, input.now);
    let activationMails = 0;
    if (input.sendActivation) activationMails = await createActivations(tx, result.newGraduates);
    await recordAudit(tx, {
      actorUserId: "system" in actor ? null : actor.userId,
      action: "roster.import",
      subjectType: "roster",
      detail: { inserted: result.inserted, updated: result.updated, activationMails, scope },
      at: input.now,
    });
    return { inserted: result.inserted, updated: result.updated, activationMails };
  });
}

export async function upsertRosterRows(
  db: Queryable,
  rows: RosterRow[],
  onProgress?: (done: number, total: number) => void,
  now?: Date,
) {
  let inserted = 0;
  let updated = 0;
  const newGraduates: { id: string; name: string; email: string }[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((row) => ({ ...row, createdAt: now }));
    const returned = await db
      .insert(graduates)
      .values(batch)
      .onConflictDoUpdate({
        target: graduates.studentNo,
        set: excludedValues(graduates, [
          "name",
          "gender",
          "collegeId",
          "majorId",
          "degree",
          "cohort",
          "phone",
          "email",
          "difficulties",
        ]),
      })
      // xmax = 0 only on a freshly inserted row version: tells inserts from updates in one statement.
      .returning({
        id: graduates.id,
        name: graduates.name,
        email: graduates.email,
        userId: graduates.userId,
        inserted: sql<boolean>`(xmax = 0)`,
      });
    for (const row of returned) {
      if (row.inserted) {
        inserted++;
        if (!row.userId && row.email) newGraduates.push({ id: row.id, name: row.name, email: row.email });
      } else updated++;
    }
    onProgress?.(Math.min(i + BATCH, rows.length), rows.length);
  }
  return { inserted, updated, newGraduates };
}

// ---------------------------------------------------------------- staged files

/**
 * Between the dry run and the confirmation the uploaded file is kept under the data directory
 * (outside the web root) by a random id, so the staff member confirms exactly what they checked.
 */
function stagingDir() {
  return path.join(getEnv().dataDir, "uploads", "roster-imports");
}

export async function stageRosterFile(bytes: Uint8Array, userId: string): Promise<string> {
  const id = randomUUID();
  await mkdir(stagingDir(), { recursive: true });
  await writeFile(path.join(stagingDir(), `${userId}.${id}`), bytes, { mode: 0o600 });
  return id;
}

export async function readStagedRosterFile(id: string, userId: string): Promise<Uint8Array | null> {
  if (!/^[0-9a-f-]{36}$/.test(id) || !/^[0-9a-f-]{36}$/.test(userId)) return null;
  try {
    return new Uint8Array(await readFile(path.join(stagingDir(), `${userId}.${id}`)));
  } catch {
    return null;
  }
}
