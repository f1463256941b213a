import { z } from "zod";
import { schoolDate } from "../time";
import { JOB_TYPES, POSTING_DEGREES, POSTING_PROGRAMMES, type PostingContent } from "../../vocabulary";
import { POSTING_CATEGORIES, provinceOf } from "../school/regions";

const text = (min: number, max: number) =>
  z
    .string({ error: "form.required" })
    .trim()
    .min(min, min <= 1 ? "form.required" : "posting.tooShort")
    .max(max, "form.tooLong");

const listOf = (value: unknown) =>
  (Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,，、\n]/) : [])
    .map((item) => String(item).trim())
    .filter(Boolean);

/** The posting form. Pay is monthly base pay in CNY and required (docs/domain/employers-and-postings.md). */
export const PostingFormSchema = z
  .object({
    title: text(2, 60),
    category: z.enum(POSTING_CATEGORIES, { error: "form.required" }),
    jobType: z.enum(JOB_TYPES, { error: "form.required" }),
    headcount: z.coerce
      .number({ error: "posting.headcount.invalid" })
      .int("posting.headcount.invalid")
      .min(1, "posting.headcount.invalid")
      .max(10000, "posting.headcount.invalid"),
    duties: text(10, 5000),
    requirements: text(10, 5000),
    degree: z.enum(POSTING_DEGREES, { error: "form.required" }),
    majors: z.preprocess(listOf, z.array(z.string().max(40)).max(20, "form.tooLong")),
    cities: z.preprocess(
      listOf,
      z
        .array(z.string())
        .min(1, "posting.cities.required")
        .max(10, "form.tooLong")
        .transform((cities, ctx) =>
          cities.map((city) => {
            const province = provinceOf(city);
            if (!province) ctx.addIssue({ code: "custom", message: "posting.cities.unknown" });
            return { province: province ?? "", city };
          }),
        ),
    ),
    salaryMin: z.coerce
      .number({ error: "posting.salary.required" })
      .int("posting.salary.required")
      .min(1, "posting.salary.required"),
    salaryMax: z.coerce
      .number({ error: "posting.salary.required" })
      .int("posting.salary.required")
      .min(1, "posting.salary.required"),
    benefits: z.string().trim().max(2000, "form.tooLong").default(""),
    deadline: z.iso.date("posting.deadline.invalid"),
    contact: z.string().trim().max(200, "form.tooLong").default(""),
    programme: z
      .enum(["", ...POSTING_PROGRAMMES], { error: "form.invalid" })
      .optional()
      .transform((value) => value || null),
  })
  .refine((value) => value.salaryMin <= value.salaryMax, {
    path: ["salaryMax"],
    message: "posting.salary.order",
    // Checked even when another field failed, so the employer sees every problem in one round.
    when: (payload) => !payload.issues.some((issue) => ["salaryMin", "salaryMax"].includes(String(issue.path?.[0]))),
  });

export type PostingForm = z.output<typeof PostingFormSchema>;

/** The posting form sent with an intent; a deadline already past in China is refused once the rest is right. */
function postingWith<I extends string>(intent: I) {
  return PostingFormSchema.safeExtend({ intent: z.literal(intent) }).refine(
    (value) => deadlineInFuture(value.deadline, schoolDate()),
    { path: ["deadline"], message: "posting.deadline.past", when: (payload) => payload.issues.length === 0 },
  );
}

/** The posting form as the employer's pages send it (decision 009): kept as a draft, or sent for vetting. */
export const PostingSubmission = z.discriminatedUnion("intent", [postingWith("save"), postingWith("submit")]);

/** The employer's page of one posting: its form, and the buttons of each state. */
export const EmployerPostingForm = z.discriminatedUnion("intent", [
  ...PostingSubmission.options,
  z.object({ intent: z.literal("confirm-open") }),
  z.object({ intent: z.literal("resubmit") }),
  z.object({ intent: z.literal("recall") }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("withdraw") }),
]);

export function toContent(form: PostingForm): PostingContent {
  return { ...form };
}

export function deadlineInFuture(deadline: string, today: string): boolean {
  return deadline >= today;
}
