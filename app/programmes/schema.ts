/**
 * Shapes of the programme catalogue's editable data and of its forms (decision 009: pure, reused by
 * the server, the pages and the tests). Messages are keys of app/i18n/domains/programmes.ts.
 */
import { z } from "zod";
import { repeated } from "../forms/fields";
import { FUNNEL_EVENTS } from "./states";
import { PROGRAMME_DESTINATION_CODES } from "./report";
import {
  CERTIFICATES,
  ENLISTMENT_FORM_KINDS,
  POLITICAL_STATUSES,
  PROGRAMME_SLUGS,
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
  /**
   * 应届: graduating in the programme year (cohort = year). `currentPostgraduates`: master's and
   * doctoral students graduating later may apply too (西部计划 admits 在读研究生).
   */
  fresh_graduate: z.object({ currentPostgraduates: z.boolean().optional() }),
  /** Health standards cannot be judged from a profile; the note is shown and the answer is "needs checking". */
  health: z.object({}),
} as const satisfies Record<RuleKind, z.ZodType>;

export type RuleParams<K extends RuleKind> = z.output<(typeof RULE_PARAMS)[K]>;

export type ProgrammeRule = {
  [K in RuleKind]: {
    kind: K;
    status: (typeof VALUE_STATUSES)[number];
    /** Empty while unconfirmed, except that an unconfirmed age rule may say whose it is. */
    params: RuleParams<K> | Record<string, never> | (K extends "age" ? { gender: "male" | "female" } : never);
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

/** Genders an age rule may be narrowed to (their limits differ for enlistment). */
export const RULE_GENDERS = ["all", "male", "female"] as const;

/** An empty box is "not given"; anything else must be a whole age in range. */
const optionalAge = z.preprocess(
  (value) => (value === "" || value === undefined || value === null ? undefined : value),
  z.coerce
    .number("programme.field.age")
    .int("programme.field.age")
    .min(14, "programme.field.age")
    .max(60, "programme.field.age")
    .optional(),
);

/** What every rule form carries, whatever its kind. */
const ruleBase = {
  intent: z.literal("rule"),
  ruleId: z.uuid(),
  status: z.enum(VALUE_STATUSES),
  source,
  noteZh: z.string().trim().max(300).default(""),
  noteEn: z.string().trim().max(300).default(""),
};

type KnownCheck = { status: string };
/** A confirmed rule needs its source (the field the admin forgot is the one marked). */
function sourceWhenKnown(value: KnownCheck & { source: string }, ctx: z.RefinementCtx) {
  if (value.status === "known" && !value.source)
    ctx.addIssue({ code: "custom", path: ["source"], message: "programme.field.sourceRequired" });
}
function requireWhenKnown(value: KnownCheck, ctx: z.RefinementCtx, field: string, empty: boolean, message: string) {
  if (value.status === "known" && empty) ctx.addIssue({ code: "custom", path: [field], message });
}

/** Keywords typed one per line, or separated by commas or 、. */
const keywordList = z
  .string()
  .max(400, "programme.field.keywords")
  .default("")
  .transform((text) =>
    text
      .split(/[\n,，、;；]+/)
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((k) => k.length <= 20), "programme.field.keywordTooLong")
  .refine((list) => list.length <= 20, "programme.field.keywords");

/** Ticked boxes from a fixed list; one message for the whole group, so it shows under the boxes. */
function ticked<const T extends readonly string[]>(values: T, message: string) {
  return repeated(z.string()).refine(
    (list): list is T[number][] => list.every((item) => (values as readonly string[]).includes(item)),
    message,
  );
}

/**
 * One form per rule kind, each with its own fields (decision 015 left JSON editing for later; this is
 * the later). Field names are what the page renders, so a refusal lands under the field to fix. The
 * parameters are assembled by ruleParamsOf and checked again against RULE_PARAMS on the server.
 */
export const RuleEditSchema = z.discriminatedUnion("kind", [
  z
    .object({ ...ruleBase, kind: z.literal("degree"), degrees: ticked(ELIGIBILITY_DEGREES, "programme.field.degrees") })
    .superRefine((v, ctx) => {
      sourceWhenKnown(v, ctx);
      requireWhenKnown(v, ctx, "degrees", v.degrees.length === 0, "programme.field.degrees");
    }),
  z
    .object({
      ...ruleBase,
      kind: z.literal("age"),
      asOf: z.union([z.literal(""), monthDay]).default(""),
      asOfYearOffset: z.coerce.number().int().min(-1).max(1).default(0),
      gender: z.enum(RULE_GENDERS).default("all"),
      minimum: optionalAge,
      limit_associate: optionalAge,
      limit_bachelor: optionalAge,
      limit_master: optionalAge,
      limit_doctor: optionalAge,
    })
    .superRefine((v, ctx) => {
      sourceWhenKnown(v, ctx);
      requireWhenKnown(v, ctx, "asOf", !v.asOf, "programme.field.monthDay");
      const limits = [v.limit_associate, v.limit_bachelor, v.limit_master, v.limit_doctor];
      requireWhenKnown(
        v,
        ctx,
        "limit_bachelor",
        limits.every((l) => l === undefined),
        "programme.field.limits",
      );
      if (v.minimum !== undefined)
        for (const degree of ELIGIBILITY_DEGREES) {
          const limit = v[`limit_${degree}`];
          if (limit !== undefined && limit < v.minimum)
            ctx.addIssue({ code: "custom", path: [`limit_${degree}`], message: "programme.field.limitBelowMinimum" });
        }
    }),
  z.object({ ...ruleBase, kind: z.literal("major"), keywords: keywordList }).superRefine((v, ctx) => {
    sourceWhenKnown(v, ctx);
    requireWhenKnown(v, ctx, "keywords", v.keywords.length === 0, "programme.field.keywords");
  }),
  z
    .object({
      ...ruleBase,
      kind: z.literal("certificate"),
      certificates: ticked(CERTIFICATES, "programme.field.certificateUnknown"),
    })
    .superRefine((v, ctx) => {
      sourceWhenKnown(v, ctx);
      requireWhenKnown(v, ctx, "certificates", v.certificates.length === 0, "programme.field.certificates");
    }),
  z
    .object({
      ...ruleBase,
      kind: z.literal("political"),
      statuses: ticked(POLITICAL_STATUSES, "programme.field.politicalStatus"),
    })
    .superRefine((v, ctx) => {
      sourceWhenKnown(v, ctx);
      requireWhenKnown(v, ctx, "statuses", v.statuses.length === 0, "programme.field.statuses");
    }),
  z
    .object({
      ...ruleBase,
      kind: z.literal("fresh_graduate"),
      currentPostgraduates: z.enum(["no", "yes"], "programme.field.params").default("no"),
    })
    .superRefine(sourceWhenKnown),
  z.object({ ...ruleBase, kind: z.literal("health") }).superRefine(sourceWhenKnown),
]);
export type RuleEdit = z.output<typeof RuleEditSchema>;

/** The stored parameters of an edited rule; a rule left unconfirmed and empty stores `{}`. */
export function ruleParamsOf(input: RuleEdit): Record<string, unknown> {
  switch (input.kind) {
    case "degree":
      return input.degrees.length || input.status === "known" ? { degrees: input.degrees } : {};
    case "age": {
      const limits: Partial<Record<EligibilityDegree, number>> = {};
      for (const degree of ELIGIBILITY_DEGREES) {
        const limit = input[`limit_${degree}`];
        if (limit !== undefined) limits[degree] = limit;
      }
      // An unconfirmed rule may still say whose rule it is (the women's limit), and nothing else.
      if (input.status !== "known" && !input.asOf && Object.keys(limits).length === 0)
        return input.gender === "all" ? {} : { gender: input.gender };
      return {
        asOf: input.asOf,
        asOfYearOffset: input.asOfYearOffset,
        gender: input.gender,
        ...(input.minimum !== undefined ? { minimum: input.minimum } : {}),
        limits,
      };
    }
    case "major":
      return input.keywords.length || input.status === "known" ? { keywords: input.keywords } : {};
    case "certificate":
      return input.certificates.length || input.status === "known" ? { certificates: input.certificates } : {};
    case "political":
      return input.statuses.length || input.status === "known" ? { statuses: input.statuses } : {};
    case "fresh_graduate":
      return input.currentPostgraduates === "yes" ? { currentPostgraduates: true } : {};
    case "health":
      return {};
  }
}

/** The destination codes a programme year may lead to (app/destinations/codes.ts; decision 015). */
export const YEAR_DESTINATION_CODES = PROGRAMME_DESTINATION_CODES;

/** A document of a year's forms checklist (db/schema/programmes.ts ProgrammeForm has this shape). */
export type ProgrammeForm = { nameZh: string; nameEn: string; source: string };

/** "中文名 | English name | source", one form of the checklist per line (how the admin page writes them). */
export function formsText(forms: readonly ProgrammeForm[]): string {
  return forms.map((f) => [f.nameZh, f.nameEn, f.source].join(" | ")).join("\n");
}

const formLines = z
  .string()
  .max(4000, "programme.field.formLine")
  .default("")
  .transform((text, ctx) => {
    const forms: ProgrammeForm[] = [];
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const [nameZh = "", nameEn = "", ...rest] = line.split("|").map((part) => part.trim());
      const source = rest.join(" | ").trim();
      // Every value stands beside its source (docs/programmes.md), a form of the checklist too.
      if (!nameZh || !source || nameZh.length > 100 || nameEn.length > 200 || source.length > 500) {
        ctx.addIssue({ code: "custom", message: "programme.field.formLine" });
        return z.NEVER;
      }
      forms.push({ nameZh, nameEn, source });
    }
    if (forms.length > 20) {
      ctx.addIssue({ code: "custom", message: "programme.field.formLine" });
      return z.NEVER;
    }
    return forms;
  });

/**
 * A year's own values, beside the rules and windows: official site, destination code, benefits (the
 * tuition-compensation amount staff must confirm lives here) and the forms checklist. A confirmed value
 * needs the value and its source; benefits written down need their source.
 */
export const YearEditSchema = z
  .object({
    intent: z.literal("year"),
    yearId: z.uuid(),
    officialUrlStatus: z.enum(VALUE_STATUSES),
    officialUrl: z
      .string()
      .trim()
      .max(300, "programme.field.url")
      .default("")
      .refine(
        (value) => value === "" || (/^https?:\/\/\S+$/.test(value) && URL.canParse(value)),
        "programme.field.url",
      ),
    officialUrlSource: source.default(""),
    destinationCodeStatus: z.enum(VALUE_STATUSES),
    destinationCode: z.enum(["", ...YEAR_DESTINATION_CODES], "programme.field.destinationCode").default(""),
    destinationCodeSource: source.default(""),
    benefitsZh: z.string().trim().max(1000, "programme.field.benefitsTooLong").default(""),
    benefitsEn: z.string().trim().max(1000, "programme.field.benefitsTooLong").default(""),
    benefitsSource: source.default(""),
    forms: formLines,
  })
  .superRefine((v, ctx) => {
    requireWhenKnown(
      { status: v.officialUrlStatus },
      ctx,
      "officialUrl",
      !v.officialUrl,
      "programme.field.urlRequired",
    );
    if (v.officialUrlStatus === "known" && !v.officialUrlSource)
      ctx.addIssue({ code: "custom", path: ["officialUrlSource"], message: "programme.field.sourceRequired" });
    requireWhenKnown(
      { status: v.destinationCodeStatus },
      ctx,
      "destinationCode",
      !v.destinationCode,
      "programme.field.codeRequired",
    );
    if (v.destinationCodeStatus === "known" && !v.destinationCodeSource)
      ctx.addIssue({ code: "custom", path: ["destinationCodeSource"], message: "programme.field.sourceRequired" });
    if ((v.benefitsZh || v.benefitsEn) && !v.benefitsSource)
      ctx.addIssue({ code: "custom", path: ["benefitsSource"], message: "programme.field.sourceRequired" });
  });
export type YearEdit = z.output<typeof YearEditSchema>;

/**
 * A rule or window the seeded year does not have (a province's 选调生 may ask for a major, 西部计划 has
 * an exam window): it starts unconfirmed and empty, so checks say "needs checking" until it is edited.
 */
export const AddRowSchema = z
  .object({
    // One intent for both rows: every intent of a route is one more round of the edge test's hostile posts.
    intent: z.literal("add"),
    yearId: z.uuid(),
    row: z.enum(["rule", "window"]),
    kind: z.string(),
  })
  .superRefine((value, ctx) => {
    const kinds: readonly string[] = value.row === "rule" ? RULE_KINDS : WINDOW_KINDS;
    if (!kinds.includes(value.kind))
      ctx.addIssue({
        code: "custom",
        path: ["kind"],
        message: value.row === "rule" ? "programme.field.ruleKind" : "programme.field.windowKind",
      });
  });

export const AdminProgrammeForm = z.discriminatedUnion("intent", [
  YearEditSchema,
  AddRowSchema,
  z.object({
    intent: z.literal("copy"),
    programmeSlug: z.string().min(1),
    province: z.string().trim().max(20).default(""),
    fromYear: z.coerce.number().int().min(2000).max(2100),
    toYear: z.coerce.number().int().min(2000, "programme.field.year").max(2100, "programme.field.year"),
    /** Absent: the same province; "" the national row; else a province's name (e.g. 浙江). */
    toProvince: z
      .string()
      .trim()
      .max(20, "programme.field.province")
      .regex(/^[\p{Script=Han}]*$/u, "programme.field.province")
      .optional(),
  }),
  WindowSchema.safeExtend({ intent: z.literal("window") }),
  RuleEditSchema,
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
  z.object({ intent: z.literal("calendar_issue") }),
  z.object({ intent: z.literal("calendar_revoke") }),
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

/** The funnel report's filter from the query string; anything unreadable means "all" (never a 500). */
export const FunnelReportQuerySchema = z.object({
  programme: z.enum(PROGRAMME_SLUGS).nullable().catch(null).default(null),
  year: z.coerce.number().int().min(2000).max(2100).nullable().catch(null).default(null),
  college: z.coerce.number().int().positive().nullable().catch(null).default(null),
  cohort: z.coerce.number().int().min(2000).max(2100).nullable().catch(null).default(null),
});

export function funnelReportQuery(url: URL) {
  const params = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ""));
  const query = FunnelReportQuerySchema.parse(params);
  return { slug: query.programme, year: query.year, collegeId: query.college, cohort: query.cohort };
}
