import type { ApplicationStatus } from "../../vocabulary";

export type ApplicationActor = "graduate" | "employer";

/** Open applications can still move; the others are final. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  "submitted",
  "viewed",
  "shortlisted",
  "interviewing",
  "offered",
];

/**
 * The application lifecycle of DESIGN.md as data: from → to → who may make that move.
 * submitted → viewed → shortlisted → interviewing → offered → accepted | declined; the employer
 * may shortlist straight from submitted and offer straight from shortlisted; any open state →
 * rejected (employer) or → withdrawn (graduate). The graduate answers an offer; the employer
 * may also record an answer given to them in person.
 */
export const APPLICATION_TRANSITIONS: Record<
  ApplicationStatus,
  Partial<Record<ApplicationStatus, readonly ApplicationActor[]>>
> = {
  submitted: { viewed: ["employer"], shortlisted: ["employer"], rejected: ["employer"], withdrawn: ["graduate"] },
  viewed: { shortlisted: ["employer"], rejected: ["employer"], withdrawn: ["graduate"] },
  shortlisted: { interviewing: ["employer"], offered: ["employer"], rejected: ["employer"], withdrawn: ["graduate"] },
  interviewing: { offered: ["employer"], rejected: ["employer"], withdrawn: ["graduate"] },
  offered: {
    accepted: ["graduate", "employer"],
    declined: ["graduate", "employer"],
    rejected: ["employer"],
    withdrawn: ["graduate"],
  },
  accepted: {},
  declined: {},
  rejected: {},
  withdrawn: {},
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  return APPLICATION_TRANSITIONS[from][to]?.includes(actor) ?? false;
}

export function nextStatuses(from: ApplicationStatus, actor: ApplicationActor): ApplicationStatus[] {
  return (Object.keys(APPLICATION_TRANSITIONS[from]) as ApplicationStatus[]).filter((to) =>
    canTransition(from, to, actor),
  );
}

export function isOpen(status: ApplicationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Statuses the employer may set from the pipeline (bulk change offers these). */
export const EMPLOYER_TARGETS: readonly ApplicationStatus[] = [
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
export const CONTACT_VISIBLE: readonly ApplicationStatus[] = [
  "shortlisted",
  "interviewing",
  "offered",
  "accepted",
  "declined",
];

export function contactVisible(status: ApplicationStatus): boolean {
  return CONTACT_VISIBLE.includes(status);
}
