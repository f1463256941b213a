import { z } from "zod";
import { confirmed } from "../forms/confirm";

/** The graduate's answer on "my applications": withdraw, or accept / decline an offer; confirmed first. */
export const GraduateAnswerForm = z.object({
  applicationId: z.uuid("form.invalid"),
  to: z.enum(["withdrawn", "accepted", "declined"], { error: "form.invalid" }),
  confirmed,
});
