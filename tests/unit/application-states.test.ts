import { describe, expect, it } from "vitest";
import {
  applicationEventTo,
  applicationMachine,
  applicationTargets,
  contactVisible,
  isOpen,
  OPEN_APPLICATION_STATES as OPEN_STATUSES,
  type ApplicationActor,
} from "../../app/applications/states";
import { APPLICATION_STATES, type ApplicationState } from "../../vocabulary";

/** Whether the actor may move an application from one state to another (by the event that leads there). */
function canTransition(from: ApplicationState, to: ApplicationState, actor: ApplicationActor): boolean {
  const event = applicationEventTo(to);
  return event !== undefined && applicationMachine.next(from, event, actor).ok;
}
const nextStatuses = applicationTargets;

const ACTORS = ["graduate", "employer"] as const;

/** The whole table written out: every (from, to, actor) that is allowed. Anything else must be refused. */
const ALLOWED = new Set([
  "submitted>viewed:employer",
  "submitted>shortlisted:employer",
  "submitted>rejected:employer",
  "submitted>withdrawn:graduate",
  "viewed>shortlisted:employer",
  "viewed>rejected:employer",
  "viewed>withdrawn:graduate",
  "shortlisted>interviewing:employer",
  "shortlisted>offered:employer",
  "shortlisted>rejected:employer",
  "shortlisted>withdrawn:graduate",
  "interviewing>offered:employer",
  "interviewing>rejected:employer",
  "interviewing>withdrawn:graduate",
  "offered>accepted:graduate",
  "offered>accepted:employer",
  "offered>declined:graduate",
  "offered>declined:employer",
  "offered>rejected:employer",
  "offered>withdrawn:graduate",
]);

describe("application transitions", () => {
  it("allows exactly the listed moves, for every status pair and actor", () => {
    for (const from of APPLICATION_STATES) {
      for (const to of APPLICATION_STATES) {
        for (const actor of ACTORS) {
          expect(canTransition(from, to, actor), `${from}>${to}:${actor}`).toBe(ALLOWED.has(`${from}>${to}:${actor}`));
        }
      }
    }
  });

  it("ends in final states and lets every open state be rejected or withdrawn", () => {
    for (const status of APPLICATION_STATES) {
      expect(isOpen(status)).toBe(OPEN_STATUSES.includes(status));
      if (isOpen(status)) {
        expect(canTransition(status, "rejected", "employer")).toBe(true);
        expect(canTransition(status, "withdrawn", "graduate")).toBe(true);
      } else {
        expect(ACTORS.flatMap((actor) => applicationMachine.available(status, actor))).toEqual([]);
      }
    }
  });

  it("never lets an employer withdraw or a graduate move the pipeline", () => {
    for (const from of APPLICATION_STATES) {
      expect(canTransition(from, "withdrawn", "employer")).toBe(false);
      for (const to of ["viewed", "shortlisted", "interviewing", "offered", "rejected"] as ApplicationState[])
        expect(canTransition(from, to, "graduate")).toBe(false);
    }
  });

  it("lists the next statuses per actor", () => {
    expect(nextStatuses("submitted", "employer")).toEqual(["viewed", "shortlisted", "rejected"]);
    expect(nextStatuses("offered", "graduate")).toEqual(["accepted", "declined", "withdrawn"]);
    expect(nextStatuses("rejected", "employer")).toEqual([]);
  });

  it("shows contact details only from the shortlist on", () => {
    expect(APPLICATION_STATES.filter(contactVisible)).toEqual([
      "shortlisted",
      "interviewing",
      "offered",
      "accepted",
      "declined",
    ]);
  });
});
