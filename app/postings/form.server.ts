import { flattenIssues, formValues } from "../http.server";
import { PostingFormSchema, todayInChina, toContent } from "./schema";
import type { PostingContent } from "../../db/schema/vetting";

/** The posting form, validated, with the deadline checked against today in China. */
export function parsePostingForm(
  form: FormData,
): { ok: true; content: PostingContent } | { ok: false; errors: Record<string, string[]>; values: Record<string, string> } {
  const values = formValues(form);
  const result = PostingFormSchema.safeParse(values);
  if (!result.success) return { ok: false, errors: flattenIssues(result.error), values };
  if (result.data.deadline < todayInChina()) return { ok: false, errors: { deadline: ["posting.deadline.past"] }, values };
  return { ok: true, content: toContent(result.data) };
}
