import { z } from "zod";
import { confirmed } from "../forms/confirm";
import { repeated } from "../forms/fields";
import { EMPLOYER_TARGETS } from "./states";

/** The graduate's answer on "my applications": withdraw, or accept / decline an offer; confirmed first. */
export const GraduateAnswerForm = z.object({
  applicationId: z.uuid("form.invalid"),
  to: z.enum(["withdrawn", "accepted", "declined"], { error: "form.invalid" }),
  confirmed,
});

type EmployerTarget = (typeof EMPLOYER_TARGETS)[number];

/** The applicants of one posting: a status for the ticked applicants at once, and a private note on one. */
export const ApplicantsForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("status"),
    applicationIds: repeated(z.uuid("form.invalid")).pipe(
      z.array(z.string()).min(1, "applicants.noneSelected").max(500, "form.tooLong"),
    ),
    to: z
      .string({ error: "form.invalid" })
      .refine((status) => (EMPLOYER_TARGETS as readonly string[]).includes(status), "form.invalid")
      .transform((status) => status as EmployerTarget),
  }),
  z.object({ intent: z.literal("note"), applicationId: z.string(), note: z.string().default("") }),
]);
