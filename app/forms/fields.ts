import { z } from "zod";

/**
 * A field a form may send several times (checkboxes, several slots). A browser sends one value as a
 * plain field and none at all when nothing is ticked, so the schema accepts all three as a list.
 */
export function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

/** Text a form must send: trimmed, `required` (a message key) when empty or absent, `form.tooLong` past `max`. */
export function requiredText(max: number, required: string) {
  return z
    .string({ error: required })
    .transform((value) => value.trim())
    .pipe(z.string().min(1, required).max(max, "form.tooLong"));
}

/** Text a form may leave out: trimmed, "" when absent, `form.tooLong` past `max`. */
export function optionalText(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(max, "form.tooLong"));
}
