import type { listForEmployer } from "./interviews.server";

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
