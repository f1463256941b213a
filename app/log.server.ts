/**
 * Structured logs, one JSON object per line. Callers pass ids and counts, never personal
 * data (names, e-mail addresses, phone numbers): logs are read by more people than the data.
 *
 * Errors are written as what they are, never as what they say: a database error as its SQLSTATE
 * code and constraint name only (a driver's message holds the query and its parameters, and
 * drizzle's "Failed query: … params: …" holds both), any other error as its name and a scrubbed,
 * shortened message. As a last guard every string value is scrubbed of e-mail addresses, phone
 * and ID numbers, long digit runs (student numbers) and password hashes (decision 012).
 */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | "silent" | undefined;
  return order[configured ?? (process.env.NODE_ENV === "test" ? "warn" : "info")] ?? order.info;
}

const SCRUBBERS: [RegExp, string][] = [
  [/\$argon2[a-z]*\$[^\s"']*/gi, "[hash]"],
  [/[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi, "[email]"],
  // 18-digit resident ID numbers, 11-digit mobile numbers, student numbers and any other run of 9+ digits.
  [/\d{17}[\dXx]/g, "[id]"],
  [/\d{9,}/g, "[number]"],
];

/** A string with the personal data patterns replaced. Exported for the log-capture test. */
export function scrub(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SCRUBBERS) result = result.replace(pattern, replacement);
  return result;
}

interface DatabaseErrorFields {
  code: string;
  constraint?: string;
}

/** SQLSTATE codes are five characters; postgres.js and PGlite both put them on `code`. */
function databaseErrorOf(error: unknown): DatabaseErrorFields | null {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const candidate = current as {
      code?: unknown;
      constraint_name?: unknown;
      constraint?: unknown;
      name?: unknown;
      cause?: unknown;
    };
    const code = typeof candidate.code === "string" ? candidate.code : undefined;
    if (code && /^[0-9A-Z]{5}$/.test(code)) {
      const constraint = [candidate.constraint_name, candidate.constraint].find((c) => typeof c === "string");
      return constraint ? { code, constraint: constraint as string } : { code };
    }
    current = candidate.cause;
  }
  return null;
}

function isQueryWrapper(error: Error): boolean {
  return error.name === "DrizzleQueryError" || /Failed query|params:/i.test(error.message);
}

/** What may be logged about an error. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const database = databaseErrorOf(error);
  if (database) return { name: "DatabaseError", ...database };
  if (isQueryWrapper(error)) return { name: "DatabaseError" };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === "string" ? { code: code.slice(0, 40) } : {}),
    message: scrub(error.message).slice(0, 200),
    ...(error.cause instanceof Error && !isQueryWrapper(error.cause)
      ? { cause: { name: error.cause.name, message: scrub(error.cause.message).slice(0, 200) } }
      : {}),
  };
}

/** The one line an error may leave in a stored place (the outbox's `last_error`). */
export function errorSummary(error: unknown): string {
  const described = describeError(error);
  return [described.name, described.code, described.constraint, described.message]
    .filter((part) => typeof part === "string" && part)
    .join(": ")
    .slice(0, 300);
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}) {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }, (_key, value: unknown) =>
    value instanceof Error ? describeError(value) : typeof value === "string" ? scrub(value) : value,
  );
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
};
