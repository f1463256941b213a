import type { listForEmployer } from "./interviews.server";
import { slotFromForm } from "./schema";

/** Slots from a form: every non-empty "slot" field (datetime-local, Beijing time) with one length in minutes. */
export function slotsFromForm(form: FormData) {
  const minutes = Math.min(480, Math.max(5, Number(form.get("minutes") ?? 30) || 30));
  return form
    .getAll("slot")
    .filter((v): v is string => typeof v === "string" && v.trim() !== "")
    .map((v) => slotFromForm(v.trim(), minutes));
}

export function serializeRows(rows: Awaited<ReturnType<typeof listForEmployer>>) {
  return rows.map((r) => ({
    id: r.interview.id,
    status: r.interview.status,
    mode: r.interview.mode,
    location: r.interview.location,
    sequence: r.interview.sequence,
    cancelReason: r.interview.cancelReason,
    chosenSlotId: r.interview.chosenSlotId,
    graduateName: r.graduateName,
    employerName: r.employerName,
    postingTitle: r.postingTitle,
    events: r.events,
    slots: r.slots.map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      booked: s.booked,
    })),
  }));
}
