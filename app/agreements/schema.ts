import { z } from "zod";

/** The agreement a button acts on; an id that is not one is treated like an unknown agreement. */
const agreementId = z.uuid("error.notFound");
const reason = z.string().trim().max(500, "form.tooLong").optional();

const staffStep = <E extends string>(event: E) => z.object({ intent: z.literal(event), agreementId, reason });

/** The staff review queue: each step a staff member may take on an agreement (decision 009: one intent each). */
export const StaffAgreementForm = z.discriminatedUnion("intent", [
  staffStep("college_approve"),
  staffStep("school_register"),
  staffStep("return"),
  staffStep("breach_college_approve"),
  staffStep("breach_school_approve"),
  staffStep("breach_reject"),
]);
