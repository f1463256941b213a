import { z } from "zod";
import { repeated } from "../forms/fields";
import { POSTING_RULE_IDS } from "./checks";

const text = z.string().max(2000, "form.tooLong");
const decision = <D extends string>(intent: D) =>
  z.object({ intent: z.literal(intent), reasons: text.optional(), overrideReason: text.optional() });

/**
 * The staff review page of one posting (decision 009): the decision (three buttons of one form),
 * taking it down or dismissing its reports, and adding the decided posting to the checker's corpus.
 */
export const ReviewForm = z.discriminatedUnion("intent", [
  decision("approve"),
  decision("request_changes"),
  decision("reject"),
  z.object({ intent: z.literal("take_down"), reason: text.default("") }),
  z.object({ intent: z.literal("dismiss_reports"), dismissReason: text.default("") }),
  z.object({
    intent: z.literal("add_to_corpus"),
    labels: repeated(z.string().max(60, "vetting.corpus.unknownRule")).pipe(
      z.array(z.string()).max(POSTING_RULE_IDS.length, "vetting.corpus.unknownRule"),
    ),
  }),
]);
