/**
 * Grassroots programmes and enlistment (issue 14). The programmes themselves, their yearly rules and
 * windows are data (tables programmes, programme_years, programme_rules, programme_windows); these
 * lists are only the kinds the code knows how to read. See docs/programmes.md.
 */

/** The slugs of the public pages /programmes/<slug>. */
export const PROGRAMME_SLUGS = ["xibu", "sanzhi", "tegang", "xuandiao", "cunguan", "enlistment"] as const;
export type ProgrammeSlug = (typeof PROGRAMME_SLUGS)[number];

/** What a window of a programme year is for; each kind has a label `programme.window.<kind>`. */
export const WINDOW_KINDS = [
  "registration",
  "registration_female",
  "school_check",
  "exam",
  "health_check",
  "political_review",
  "results",
  "approval",
  "start",
] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** The kinds of eligibility rule the checker (app/programmes/eligibility.ts) knows. */
export const RULE_KINDS = ["degree", "age", "major", "certificate", "political", "fresh_graduate", "health"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * Whether a value is known: `known` is checked; `unknown` was looked for and not found (the checker
 * answers "needs checking"); `not_required` means the rule was confirmed not to apply this year.
 */
export const VALUE_STATUSES = ["known", "unknown", "not_required"] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** 政治面貌, as collected on the eligibility profile. */
export const POLITICAL_STATUSES = ["party_member", "probationary_member", "league_member", "masses"] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

/** Certificates a rule may ask for (教师资格证 for 特岗教师). */
export const CERTIFICATES = ["teacher"] as const;
export type Certificate = (typeof CERTIFICATES)[number];

/** The funnel of one graduate in one programme (machine: app/programmes/states.ts). */
export const FUNNEL_STATES = [
  "interested",
  "registered_official",
  "school_precheck",
  "exam",
  "health_check",
  "political_review",
  "selected",
  "serving",
  "withdrew",
  "not_selected",
] as const;
export type FunnelState = (typeof FUNNEL_STATES)[number];

/** The two printed forms an enlisting graduate hands to the school (docs/programmes.md, enlistment). */
export const ENLISTMENT_FORM_KINDS = ["pre_enlistment_registration", "tuition_compensation"] as const;
export type EnlistmentFormKind = (typeof ENLISTMENT_FORM_KINDS)[number];

/** A form's review (machine: app/programmes/states.ts enlistmentFormMachine). */
export const ENLISTMENT_FORM_STATES = ["submitted", "accepted", "returned"] as const;
export type EnlistmentFormState = (typeof ENLISTMENT_FORM_STATES)[number];
