/**
 * Input hygiene shared by the edge layer (scripts/edge.ts, decision 012): what counts as a control
 * character no value may carry. Pure, so the unit tests and the server use the same rule.
 */

/**
 * C0 controls and DEL, except tab, line feed and carriage return (a textarea sends CR LF). NUL is
 * the one PostgreSQL refuses outright; the others are invisible in every page and export and have
 * no place in a name, an address or a search.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function withoutControls(value: string): string {
  return ANY_CONTROL.test(value) ? value.replace(CONTROL_CHARACTERS, "") : value;
}

export function hasControls(value: string): boolean {
  return ANY_CONTROL.test(value);
}

/** Form fields with every key and value cleaned; `null` when nothing needed cleaning. */
export function cleanSearchParams(params: URLSearchParams): URLSearchParams | null {
  let changed = false;
  const cleaned = new URLSearchParams();
  for (const [key, value] of params) {
    const cleanKey = withoutControls(key);
    const cleanValue = withoutControls(value);
    if (cleanKey !== key || cleanValue !== value) changed = true;
    cleaned.append(cleanKey, cleanValue);
  }
  return changed ? cleaned : null;
}

/** A JSON value with control characters removed from every string in it (keys included). */
export function cleanJson(value: unknown): unknown {
  if (typeof value === "string") return withoutControls(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutControls(key), cleanJson(item)]));
  }
  return value;
}
