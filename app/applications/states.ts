import { machine } from "../machine";
import { APPLICATION_STATES, type ApplicationState } from "../../vocabulary";

export { APPLICATION_STATES, type ApplicationState };

export type ApplicationActor = "graduate" | "employer";

/** Open applications can still move; the others are final. */
export const OPEN_APPLICATION_STATES: readonly ApplicationState[] = [
  "submitted",
  "viewed",
  "shortlisted",
  "interviewing",
  "offered",
];

export const APPLICATION_EVENTS = [
  "view",
  "shortlist",
  "interview",
  "offer",
  "accept",
  "decline",
  "reject",
  "withdraw",
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/**
 * The application lifecycle (decision 009):
 * submitted → viewed → shortlisted → interviewing → offered → accepted | declined; the employer
 * may shortlist straight from submitted and offer straight from shortlisted; any open state →
 * rejected (employer) or → withdrawn (graduate). The graduate answers an offer; the employer
 * may also record an answer given to them in person. Each event leads to one state, so pages
 * and the pipeline name the state they want (`applicationEventTo`).
 */
export const applicationMachine = machine<ApplicationState, ApplicationEvent, ApplicationActor>("application", {
  states: APPLICATION_STATES,
  events: APPLICATION_EVENTS,
  rows: [
    { event: "view", from: ["submitted"], to: "viewed", actors: ["employer"] },
    { event: "shortlist", from: ["submitted", "viewed"], to: "shortlisted", actors: ["employer"] },
    { event: "interview", from: ["shortlisted"], to: "interviewing", actors: ["employer"] },
    { event: "offer", from: ["shortlisted", "interviewing"], to: "offered", actors: ["employer"] },
    { event: "accept", from: ["offered"], to: "accepted", actors: ["graduate", "employer"] },
    { event: "decline", from: ["offered"], to: "declined", actors: ["graduate", "employer"] },
    { event: "reject", from: OPEN_APPLICATION_STATES, to: "rejected", actors: ["employer"] },
    { event: "withdraw", from: OPEN_APPLICATION_STATES, to: "withdrawn", actors: ["graduate"] },
  ],
});

/** The event that leads to a state, or undefined for the first state (nothing leads back to it). */
export function applicationEventTo(state: ApplicationState): ApplicationEvent | undefined {
  return applicationMachine.rows.find((row) => row.to === state)?.event;
}

/** The states this actor may move an application to now, in the order of the events. */
export function applicationTargets(state: ApplicationState, actor: ApplicationActor): ApplicationState[] {
  return applicationMachine
    .available(state, actor)
    .map((event) => applicationMachine.rows.find((row) => row.event === event)!.to);
}

export function isOpen(status: ApplicationState): boolean {
  return OPEN_APPLICATION_STATES.includes(status);
}

/** States the employer may set from the pipeline (bulk change offers these). */
export const EMPLOYER_TARGETS: readonly ApplicationState[] = [
  "viewed",
  "shortlisted",
  "interviewing",
  "offered",
  "accepted",
  "declined",
  "rejected",
];

/**
 * PIPL data minimisation: the employer sees the graduate's phone and e-mail only from the
 * shortlist on (and for an offer answered); never for applications rejected or withdrawn.
 */
export const CONTACT_VISIBLE: readonly ApplicationState[] = [
  "shortlisted",
  "interviewing",
  "offered",
  "accepted",
  "declined",
];

export function contactVisible(status: ApplicationState): boolean {
  return CONTACT_VISIBLE.includes(status);
}
