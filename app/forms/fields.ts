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
