/** Who a campaign reaches (app/campaigns/targeting.ts); stored as sent, so the record says who was meant. */
export type CampaignTarget = {
  cohort: number;
  collegeId: number | null;
  majorId: number | null;
  degree: "associate" | "bachelor" | "master" | "doctor" | null;
  /** Eligibility outcomes admitted: ["pass"] for ✓ only, ["pass","check"] for ✓ and "needs checking". */
  eligibility: ("pass" | "check" | "fail")[];
};
