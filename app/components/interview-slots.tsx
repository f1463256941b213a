import { useLocale, useT } from "../i18n/use-t";
import { ActionForm } from "./form";
import { formatSchoolDateTime } from "../time";

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
          {formatSchoolDateTime(slot.startsAt, locale)} – {formatSchoolDateTime(slot.endsAt, locale)}
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
