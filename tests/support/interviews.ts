import { proposeInterview } from "../../app/interviews/interviews.server";
import type { Database } from "../../db/client";
import type { InterviewMode } from "../../vocabulary/interviews";

/**
 * An employer's member proposes one slot of `minutes` starting `at` for an application: the usual set-up of a test
 * that needs an interview waiting for the graduate to pick, through the domain command as a route would call it.
 */
export function proposeOneSlot(
  db: Database,
  employerUserId: string,
  slot: { applicationId: string; mode: InterviewMode; location: string; at: Date; minutes: number },
) {
  const { applicationId, mode, location, at, minutes } = slot;
  return proposeInterview(
    db,
    { userId: employerUserId },
    {
      data: {
        applicationId,
        mode,
        location,
        slots: [{ startsAt: at, endsAt: new Date(at.getTime() + minutes * 60_000) }],
      },
    },
  );
}
