/**
 * The states each programme's funnel has, written out independently of app/programmes/states.ts so the
 * seed tests check the seed against the documented funnel (docs/programmes.md § Funnel): enlistment
 * skips the exam, 西部计划 the political review.
 */
const FUNNEL = [
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
];

export const documentedFunnelStates = (slug: string) =>
  FUNNEL.filter((s) => !(slug === "enlistment" && s === "exam") && !(slug === "xibu" && s === "political_review"));
