/**
 * The state machines of online fairs (decision 009): the fair, a booth, a registration and a place
 * in a booth's live queue. Pure; `tests/unit/fair-states.test.ts` holds the exhaustive matrices.
 */
import { machine } from "../machine";
import {
  BOOTH_STATES,
  FAIR_STATES,
  QUEUE_STATES,
  REGISTRATION_STATES,
  type BoothState,
  type FairState,
  type QueueState,
  type RegistrationState,
} from "../../vocabulary";

export const FAIR_EVENTS = ["open_to_employers", "open_to_graduates", "go_live", "close"] as const;
export type FairEvent = (typeof FAIR_EVENTS)[number];
export type FairActor = "staff" | "system";

/**
 * draft → open_for_employers → open_for_graduates → live → closed. Graduates can only be let in
 * once at least one booth is approved (a fair with nothing to visit is the "empty booths"
 * complaint of issue 13); a fair can be closed from any state after draft, e.g. when called off.
 */
export const fairMachine = machine<FairState, FairEvent, FairActor, { approvedBooths: number }>("fair", {
  states: FAIR_STATES,
  events: FAIR_EVENTS,
  rows: [
    { event: "open_to_employers", from: ["draft"], to: "open_for_employers", actors: ["staff"] },
    {
      event: "open_to_graduates",
      from: ["open_for_employers"],
      to: "open_for_graduates",
      actors: ["staff"],
      guard: (ctx) => (ctx.approvedBooths < 1 ? { key: "fair.open.noBooths" } : undefined),
    },
    { event: "go_live", from: ["open_for_graduates"], to: "live", actors: ["staff", "system"] },
    {
      event: "close",
      from: ["open_for_employers", "open_for_graduates", "live"],
      to: "closed",
      actors: ["staff", "system"],
    },
  ],
});

/** States in which graduates see the fair on the public pages. */
export const PUBLIC_FAIR_STATES: readonly FairState[] = ["open_for_employers", "open_for_graduates", "live", "closed"];
/** States in which graduates may register (and be promoted from the waitlist). */
export const REGISTRATION_OPEN_STATES: readonly FairState[] = ["open_for_graduates", "live"];

export const BOOTH_EVENTS = ["approve", "decline", "withdraw", "reapply"] as const;
export type BoothEvent = (typeof BOOTH_EVENTS)[number];
export type BoothActor = "staff" | "employer";

/** What a booth decision or an employer's change depends on beyond the states. */
export interface BoothContext {
  /** The employer application window is open today (school dates). */
  windowOpen: boolean;
  /** Approved booths of the fair, and the fair's booth capacity. */
  approvedBooths: number;
  boothCapacity: number;
}

/**
 * applied → approved | declined (staff, with a reason when declining); the employer may withdraw
 * an application or a booth, and apply again on the same row (one booth per employer per fair)
 * while the window is open.
 */
export const boothMachine = machine<BoothState, BoothEvent, BoothActor, BoothContext>("fairBooth", {
  states: BOOTH_STATES,
  events: BOOTH_EVENTS,
  rows: [
    {
      event: "approve",
      from: ["applied"],
      to: "approved",
      actors: ["staff"],
      guard: (ctx) =>
        ctx.approvedBooths >= ctx.boothCapacity
          ? { key: "fairBooth.full", params: { booths: ctx.boothCapacity } }
          : undefined,
    },
    { event: "decline", from: ["applied", "approved"], to: "declined", actors: ["staff"] },
    { event: "withdraw", from: ["applied", "approved"], to: "withdrawn", actors: ["employer"] },
    {
      event: "reapply",
      from: ["declined", "withdrawn"],
      to: "applied",
      actors: ["employer"],
      guard: (ctx) => (ctx.windowOpen ? undefined : { key: "fairBooth.window.closed" }),
    },
  ],
});

export const REGISTRATION_EVENTS = ["promote", "cancel"] as const;
export type RegistrationEvent = (typeof REGISTRATION_EVENTS)[number];
export type RegistrationActor = "graduate" | "staff" | "system";

/**
 * A new registration starts registered or waitlisted (the fair's capacity decides). Promotion:
 * the system for an automatic waitlist, staff for a manual one (the caller names the actor).
 */
export const registrationMachine = machine<RegistrationState, RegistrationEvent, RegistrationActor>(
  "fairRegistration",
  {
    states: REGISTRATION_STATES,
    events: REGISTRATION_EVENTS,
    rows: [
      { event: "promote", from: ["waitlisted"], to: "registered", actors: ["staff", "system"] },
      { event: "cancel", from: ["registered", "waitlisted"], to: "cancelled", actors: ["graduate", "staff"] },
    ],
  },
);

export const QUEUE_EVENTS = ["call", "start_chat", "finish", "miss", "miss_again", "leave"] as const;
export type QueueEvent = (typeof QUEUE_EVENTS)[number];
export type QueueActor = "graduate" | "representative" | "system";

/**
 * waiting → called → chatting → done. A missed call puts the graduate back in line once (`miss`,
 * to the end of the line); a second missed call ends the place (`miss_again`). The graduate may
 * leave a line while waiting or called; a chat is finished by the representative, never by a
 * timer (the soft timer only warns).
 */
export const queueMachine = machine<QueueState, QueueEvent, QueueActor, { missedCalls: number }>("fairQueue", {
  states: QUEUE_STATES,
  events: QUEUE_EVENTS,
  rows: [
    { event: "call", from: ["waiting"], to: "called", actors: ["representative"] },
    { event: "start_chat", from: ["called"], to: "chatting", actors: ["representative", "graduate"] },
    { event: "finish", from: ["chatting"], to: "done", actors: ["representative"] },
    {
      event: "miss",
      from: ["called"],
      to: "waiting",
      actors: ["representative", "system"],
      guard: (ctx) => (ctx.missedCalls >= 1 ? { key: "fairQueue.miss.onceOnly" } : undefined),
    },
    {
      event: "miss_again",
      from: ["called"],
      to: "missed",
      actors: ["representative", "system"],
      guard: (ctx) => (ctx.missedCalls < 1 ? { key: "fairQueue.miss.firstTime" } : undefined),
    },
    { event: "leave", from: ["waiting", "called"], to: "left", actors: ["graduate"] },
  ],
});

/** The event of a missed call: back in line the first time, out the second. */
export function missEvent(missedCalls: number): QueueEvent {
  return missedCalls >= 1 ? "miss_again" : "miss";
}
