import { schoolDate } from "../time";
import { academicYear, SeasonFilter, type SeasonWindow } from "./season";

/**
 * The season window of a request's `?from=&to=`: the academic year holding today when none is
 * given; a window that does not parse falls back to it too, with the message keys per field and
 * what was typed, so the page can say what was wrong without losing it.
 */
export function seasonWindowFrom(request: Request): {
  window: SeasonWindow;
  errors: Partial<Record<"from" | "to", string>>;
  typed: Partial<Record<"from" | "to", string>>;
} {
  const params = new URL(request.url).searchParams;
  const fallback = academicYear(schoolDate());
  if (!params.has("from") && !params.has("to")) return { window: fallback, errors: {}, typed: {} };
  const typed = {
    from: (params.get("from") ?? "").slice(0, 20),
    to: (params.get("to") ?? "").slice(0, 20),
  };
  const parsed = SeasonFilter.safeParse(typed);
  if (parsed.success) return { window: parsed.data, errors: {}, typed: {} };
  const errors: Partial<Record<"from" | "to", string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "from" || field === "to") && !errors[field]) errors[field] = issue.message;
  }
  return { window: fallback, errors, typed };
}
