import type { ComponentProps } from "react";
import { agreementMachine, type AgreementEvent } from "../agreements/states";
import { EventForms } from "./one-button-form";

/**
 * What the reader may do now with one agreement (accept, withdraw, approve …), one button each: the
 * events its loader found available, sent with the agreement's id as `agreementId`, the field every
 * agreement action reads.
 */
export function AgreementEventForms(
  props: Omit<ComponentProps<typeof EventForms<AgreementEvent>>, "machine" | "name">,
) {
  return <EventForms machine={agreementMachine} name="agreementId" {...props} />;
}
