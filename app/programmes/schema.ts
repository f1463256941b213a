/**
 * Shapes of the programme catalogue's editable data and of its forms (decision 009: pure, reused by
 * the server, the pages and the tests). Messages are keys of app/i18n/domains/programmes.ts.
 */
import { z } from "zod";
import { repeated } from "../forms/fields";
import { FUNNEL_EVENTS } from "./states";
import {
  CERTIFICATES,
  ENLISTMENT_FORM_KINDS,
  POLITICAL_STATUSES,
  RULE_KINDS,
  VALUE_STATUSES,
  WINDOW_KINDS,
  type Certificate,
  type RuleKind,
} from "../../vocabulary";

/** Degrees as on the roster (db/schema/people.ts DEGREES); repeated here as a zod enum for the browser. */
export const ELIGIBILITY_DEGREES = ["associate", "bachelor", "master", "doctor"] as const;
export type EligibilityDegree = (typeof ELIGIBILITY_DEGREES)[number];

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "programme.field.monthDay");
const ageLimit = z.number().int().min(14, "programme.field.age").max(60, "programme.field.age");

/** The parameters of each rule kind; a rule whose status is not `known` may leave them empty. */
export const RULE_PARAMS = {
  /** Degrees admitted. */
  degree: z.object({ degrees: z.array(z.enum(ELIGIBILITY_DEGREES)).min(1, "programme.field.degrees") }),
  /**
   * Upper age limit by degree, reached on `asOf` (month-day) of `asOfYear` (the programme year plus
   * `asOfYearOffset`): enlistment counts to 12-31 of the intake year. `gender` narrows the rule to
   * men or women (their limits differ); a degree absent from `limits` is not limited by this rule.
   */
  age: z.object({
    asOf: monthDay,
    asOfYearOffset: z.number().int().min(-1).max(1).default(0),
    gender: z.enum(["all", "male", "female"]).default("all"),
    minimum: ageLimit.optional(),
    limits: z.partialRecord(z.enum(ELIGIBILITY_DEGREES), ageLimit),
  }),
  /** Majors whose Chinese name contains one of the keywords (e.g. 师范, 教育). */
  major: z.object({ keywords: z.array(z.string().trim().min(1).max(20)).min(1, "programme.field.keywords") }),
  certificate: z.object({ certificates: z.array(z.enum(CERTIFICATES)).min(1, "programme.field.certificates") }),
  political: z.object({ statuses: z.array(z.enum(POLITICAL_STATUSES)).min(1, "programme.field.statuses") }),
  /** 应届: graduating in the programme year (cohort = year). */
  fresh_graduate: z.object({}),
  /** Health standards cannot be judged from a profile; the note is shown and the answer is "needs checking". */
  health: z.object({}),
} as const satisfies Record<RuleKind, z.ZodType>;

export type RuleParams<K extends RuleKind> = z.output<(typeof RULE_PARAMS)[K]>;

export type ProgrammeRule = {
  [K in RuleKind]: {
    kind: K;
    status: (typeof VALUE_STATUSES)[number];
    params: RuleParams<K> | Record<string, never>;
    source: string;
    noteZh?: string;
    noteEn?: string;
  };
}[RuleKind];

const source = z.string().trim().max(500, "programme.field.sourceTooLong");
const isoDate = z.iso.date("programme.field.date");

/** A window edited by an admin: a known window needs both dates in order and a source. */
export const WindowSchema = z
  .object({
    windowId: z.uuid(),
    status: z.enum(VALUE_STATUSES),
    opensOn: isoDate.or(z.literal("")).default(""),
    closesOn: isoDate.or(z.literal("")).default(""),
    source,
    noteZh: z.string().trim().max(300).default(""),
    noteEn: z.string().trim().max(300).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.status !== "known") return;
    if (!value.opensOn) ctx.addIssue({ code: "custom", path: ["opensOn"], message: "programme.field.dateRequired" });
    if (!value.closesOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "programme.field.dateRequired" });
    if (value.opensOn && value.closesOn && value.closesOn < value.opensOn)
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "programme.field.closesBeforeOpens" });
    if (!value.source) ctx.addIssue({ code: "custom", path: ["source"], message: "programme.field.sourceRequired" });
  });

/** A rule edited by an admin: the parameters are JSON of the kind's shape (RULE_PARAMS). */
export const RuleEditSchema = z.object({
  ruleId: z.uuid(),
  status: z.enum(VALUE_STATUSES),
  params: z.string().trim().max(2000, "programme.field.paramsTooLong").default("{}"),
  source,
  noteZh: z.string().trim().max(300).default(""),
  noteEn: z.string().trim().max(300).default(""),
});

export const AdminProgrammeForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("copy"),
    programmeSlug: z.string().min(1),
    province: z.string().trim().max(20).default(""),
    fromYear: z.coerce.number().int().min(2000).max(2100),
    toYear: z.coerce.number().int().min(2000, "programme.field.year").max(2100, "programme.field.year"),
  }),
  WindowSchema.safeExtend({ intent: z.literal("window") }),
  RuleEditSchema.extend({ intent: z.literal("rule") }),
]);

export { RULE_KINDS, WINDOW_KINDS };

/** The graduate's eligibility profile form; every field may stay empty (then checks say "needs checking"). */
export const EligibilityProfileSchema = z.object({
  birthDate: z
    .union([z.literal(""), z.iso.date("programme.field.date")])
    .default("")
    .refine((value) => value === "" || (value >= "1950-01-01" && value <= "2015-12-31"), "programme.field.birthDate"),
  politicalStatus: z.enum(["", ...POLITICAL_STATUSES], "programme.field.politicalStatus").default(""),
  // One message for the whole list, so it shows under the checkboxes rather than under an index.
  certificates: repeated(z.string()).refine(
    (list): list is Certificate[] => list.every((item) => (CERTIFICATES as readonly string[]).includes(item)),
    "programme.field.certificateUnknown",
  ),
});

/** The graduate's funnel forms: interest on a programme page, their own steps on /graduate/programmes. */
export const InterestSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const GraduateProgrammesForm = z.discriminatedUnion("intent", [
  EligibilityProfileSchema.extend({ intent: z.literal("profile") }),
  z.object({
    intent: z.literal("register_official"),
    interestId: z.uuid(),
    reference: z.string().trim().min(1, "funnel.reference.required").max(60, "funnel.reference.tooLong"),
  }),
  z.object({ intent: z.literal("withdraw"), interestId: z.uuid() }),
]);

/** Staff move the ticked graduates by one event; selection may carry the destination's fields. */
export const StaffFunnelForm = z.object({
  event: z.enum(FUNNEL_EVENTS, "funnel.event.unknown"),
  interestIds: repeated(z.uuid("funnel.selection.invalid")).pipe(z.array(z.string()).min(1, "funnel.selection.empty")),
  enlistmentPlace: z.string().trim().max(100).optional(),
  serviceProvince: z.string().trim().max(20).optional(),
});

/** The graduate's enlistment desk: one upload per form kind (the file is checked by its bytes on the server). */
export const EnlistmentUploadSchema = z.object({
  kind: z.enum(ENLISTMENT_FORM_KINDS, "enlistmentForm.kind.unknown"),
  file: z.instanceof(File, { message: "enlistmentForm.file.required" }).refine((f) => f.size > 0, {
    message: "enlistmentForm.file.required",
  }),
});

/** Staff review one form: accept, or return it with the reason the graduate will read. */
export const EnlistmentReviewForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), formId: z.uuid("funnel.selection.invalid") }),
  z.object({
    intent: z.literal("return"),
    formId: z.uuid("funnel.selection.invalid"),
    note: z.string().trim().min(1, "enlistmentForm.return.noteRequired").max(500, "enlistmentForm.note.tooLong"),
  }),
]);
