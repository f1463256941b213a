import { flattenIssues, formValues } from "../http.server";
import { PostingFormSchema, todayInChina, toContent } from "./schema";
import type { PostingContent } from "../../vocabulary";

/** The posting form, validated, with the deadline checked against today in China. */
export function parsePostingForm(
  form: FormData,
):
  | { ok: true; content: PostingContent }
  | { ok: false; errors: Record<string, string[]>; values: Record<string, string> } {
  const values = formValues(form);
  const result = PostingFormSchema.safeParse(values);
  if (!result.success) {
    const errors = flattenIssues(result.error);
    // zod skips the object-level pay check when another field failed; report it anyway so the
    // employer sees every problem in one round.
    const [min, max] = [Number(values.salaryMin), Number(values.salaryMax)];
    if (values.salaryMin && values.salaryMax && min > max && !errors.salaryMax)
      errors.salaryMax = ["posting.salary.order"];
    return { ok: false, errors, values };
  }
  if (result.data.deadline < todayInChina())
    return { ok: false, errors: { deadline: ["posting.deadline.past"] }, values };
  return { ok: true, content: toContent(result.data) };
}
