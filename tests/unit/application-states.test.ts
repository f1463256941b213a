import { describe, expect, it } from "vitest";
import {
  APPLICATION_TRANSITIONS,
  canTransition,
  contactVisible,
  isOpen,
  nextStatuses,
  OPEN_STATUSES,
} from "../../app/applications/states";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../db/schema/graduates";

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
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        for (const actor of ACTORS) {
          expect(canTransition(from, to, actor), `${from}>${to}:${actor}`).toBe(ALLOWED.has(`${from}>${to}:${actor}`));
        }
      }
    }
  });

  it("ends in final states and lets every open state be rejected or withdrawn", () => {
    for (const status of APPLICATION_STATUSES) {
      expect(isOpen(status)).toBe(OPEN_STATUSES.includes(status));
      if (isOpen(status)) {
        expect(canTransition(status, "rejected", "employer")).toBe(true);
        expect(canTransition(status, "withdrawn", "graduate")).toBe(true);
      } else {
        expect(Object.keys(APPLICATION_TRANSITIONS[status])).toEqual([]);
      }
    }
  });

  it("never lets an employer withdraw or a graduate move the pipeline", () => {
    for (const from of APPLICATION_STATUSES) {
      expect(canTransition(from, "withdrawn", "employer")).toBe(false);
      for (const to of ["viewed", "shortlisted", "interviewing", "offered", "rejected"] as ApplicationStatus[])
        expect(canTransition(from, to, "graduate")).toBe(false);
    }
  });

  it("lists the next statuses per actor", () => {
    expect(nextStatuses("submitted", "employer")).toEqual(["viewed", "shortlisted", "rejected"]);
    expect(nextStatuses("offered", "graduate")).toEqual(["accepted", "declined", "withdrawn"]);
    expect(nextStatuses("rejected", "employer")).toEqual([]);
  });

  it("shows contact details only from the shortlist on", () => {
    expect(APPLICATION_STATUSES.filter(contactVisible)).toEqual([
      "shortlisted",
      "interviewing",
      "offered",
      "accepted",
      "declined",
    ]);
  });
});
