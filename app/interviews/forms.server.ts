import type { z } from "zod";
import type { Database } from "../../db/client";
import { done } from "../forms/action.server";
import { cancelInterview, pickSlot, rescheduleInterview, type listForEmployer } from "./interviews.server";
import type { Party } from "../auth/actor";
import type { CancelIntent, PickIntent, RescheduleIntent } from "./schema";

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

/**
 * The answers to what either side may do to an interview (pick a time, move it, cancel it): the
 * employer's and the graduate's pages spread these into their `formAction` handlers.
 */
export function sharedInterviewHandlers(db: Database, party: Party) {
  return {
    pick: async ({ interviewId, slotId }: z.output<typeof PickIntent>) => {
      await pickSlot(db, party, { interviewId, slotId });
      return { ...done("interview.done.picked"), id: interviewId };
    },
    reschedule: async ({ interviewId, slots, reason }: z.output<typeof RescheduleIntent>) => {
      await rescheduleInterview(db, party, { interviewId, slots, reason });
      return { ...done("interview.done.rescheduled"), id: interviewId };
    },
    cancel: async ({ interviewId, reason }: z.output<typeof CancelIntent>) => {
      await cancelInterview(db, party, { interviewId, reason });
      return { ...done("interview.done.cancelled"), id: interviewId };
    },
  };
}
