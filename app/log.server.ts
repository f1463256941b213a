/**
 * Structured logs, one JSON object per line. Callers pass ids and counts, never personal
 * data (names, e-mail addresses, phone numbers): logs are read by more people than the data.
 */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | "silent" | undefined;
  return order[configured ?? (process.env.NODE_ENV === "test" ? "warn" : "info")] ?? order.info;
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}) {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }, (_key, value) =>
    value instanceof Error
      ? {
          name: value.name,
          message: value.message,
          ...(value.cause instanceof Error ? { cause: value.cause.message } : {}),
        }
      : value,
  );
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
};
