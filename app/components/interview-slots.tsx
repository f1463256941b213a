import { fieldIds, type AnyResult } from "../forms/result";
import { useLocale, useT } from "../i18n/use-t";
import { ActionForm, FieldError, TextAreaField, TextField } from "./form";
import { OneButtonForm } from "./one-button-form";
import { formatSchoolDateTime, formatSchoolDateTimeSpan } from "../time";
import { interviewMachine } from "../interviews/states";
import type { ReactNode } from "react";
import type { InterviewState } from "../../vocabulary";

export interface SlotRow {
  id: string;
  chosenSlotId: string | null;
  events: readonly string[];
  slots: { id: string; startsAt: string; endsAt: string }[];
}

/** An interview's proposed times in Beijing time, with a "pick" button while one may be chosen. */
export function InterviewSlots({ interview }: { interview: SlotRow }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul>
      {interview.slots.map((slot) => (
        <li key={slot.id}>
          {formatSchoolDateTimeSpan(slot.startsAt, slot.endsAt, locale)}
          {slot.id === interview.chosenSlotId ? " ✓" : null}
          {interview.events.includes("confirm") ? (
            // Its refusal is shown by the page's ErrorSummary: the form has no field to mark.
            <ActionForm id={`pick-${slot.id}`} intent="pick" result={undefined} className="inline-form">
              <input type="hidden" name="interviewId" value={interview.id} />
              <input type="hidden" name="slotId" value={slot.id} />
              <button
                type="submit"
                aria-label={t("interview.pick.named", { time: formatSchoolDateTime(slot.startsAt, locale) })}
              >
                {t("interview.pick")}
              </button>
            </ActionForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Two new times for an interview (the employer's and the graduate's pages both offer it): the
 * `reschedule` intent with two `slot` fields and the length in minutes.
 */
export function RescheduleInterviewForm({ interviewId, result }: { interviewId: string; result: AnyResult }) {
  const t = useT();
  const form = `reschedule-${interviewId}`;
  return (
    <ActionForm id={form} intent="reschedule" result={result}>
      <input type="hidden" name="interviewId" value={interviewId} />
      {/* The first slot carries the list's id, so the error summary's link lands on it. */}
      <TextField
        name="slot"
        id={fieldIds(form, "slots").id}
        type="datetime-local"
        label={t("interview.slot.option", { n: 1 })}
      />
      <TextField name="slot" id={`${form}-slot-2`} type="datetime-local" label={t("interview.slot.option", { n: 2 })} />
      <FieldError name="slots" />
      <TextField name="minutes" type="number" label={t("interview.slot.minutes")} defaultValue="30" />
      <button type="submit">{t("interview.reschedule")}</button>
    </ActionForm>
  );
}

/** Calls an interview off with a reason (the `cancel` intent), on either side's page. */
export function CancelInterviewForm({ interviewId, result }: { interviewId: string; result: AnyResult }) {
  const t = useT();
  return (
    <OneButtonForm intent="cancel" result={result} name="interviewId" value={interviewId} label={t("interview.cancel")}>
      <TextAreaField name="reason" label={t("interview.reason")} rows={2} />
    </OneButtonForm>
  );
}

/**
 * An interview as both sides see it: who and what it is for (`title`), its state, mode and place, why it
 * was called off, and its times; `children` are the steps the reader may take now.
 */
export function InterviewCard({
  interview,
  title,
  children,
}: {
  interview: SlotRow & { status: InterviewState; mode: string; location: string; cancelReason: string | null };
  title: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <section className="card">
      <h2>
        {title} · {t(interviewMachine.stateLabel(interview.status))}
      </h2>
      <p>
        {t(`interview.mode.${interview.mode}`)}: {interview.location}
      </p>
      {interview.cancelReason ? (
        <p>
          {t("interview.reason")}: {interview.cancelReason}
        </p>
      ) : null}
      <InterviewSlots interview={interview} />
      {children}
    </section>
  );
}
