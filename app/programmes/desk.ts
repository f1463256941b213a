/**
 * The tuition-compensation paperwork checklist (学费补偿/国家助学贷款代偿) for one enlisting graduate,
 * derived from what the desk already holds: the official registration, the two scanned forms and the
 * approval. Pure, so the page, the Excel list and the tests read one definition.
 */
import { yearOrSchoolYear } from "../time";
import { FUNNEL_STAGES } from "./states";
import type { EnlistmentFormKind, EnlistmentFormState, FunnelState } from "../../vocabulary";

/**
 * Pre-check appointments (初审初检) are counselling slots offered for this topic: staff publish them on
 * /staff/counselling and graduates book them on /graduate/counselling, so booking rules, overlap
 * guards, reminders and cancellations are the counselling ones. The topic row is installed at boot.
 */
export const ENLISTMENT_PRECHECK_TOPIC = {
  code: "enlistment_precheck",
  nameZh: "征兵初审初检",
  nameEn: "Enlistment pre-check",
  sort: 90,
} as const;

export const CHECKLIST_ITEMS = ["registered", "registration_form", "compensation_form", "approved"] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface DeskFacts {
  state: FunnelState | null;
  officialReference: string | null;
  forms: Partial<Record<EnlistmentFormKind, EnlistmentFormState>>;
}

/** The stages from the official registration on: reaching one means the graduate registered. */
const PAST_REGISTRATION: readonly FunnelState[] = FUNNEL_STAGES.slice(FUNNEL_STAGES.indexOf("registered_official"));

export function tuitionChecklist(facts: DeskFacts): { item: ChecklistItem; done: boolean }[] {
  const state = facts.state;
  return [
    {
      item: "registered",
      done: Boolean(facts.officialReference) || (state !== null && PAST_REGISTRATION.includes(state)),
    },
    { item: "registration_form", done: facts.forms.pre_enlistment_registration === "accepted" },
    { item: "compensation_form", done: facts.forms.tuition_compensation === "accepted" },
    { item: "approved", done: state === "selected" || state === "serving" },
  ];
}

/** The desk's year from `?year=`, else the school's current year. */
export function deskYear(request: Request): number {
  return yearOrSchoolYear(new URL(request.url).searchParams.get("year"));
}
