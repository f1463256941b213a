/**
 * The state machines of campus talks (decision 009): the talk and a graduate's sign-up. Pure;
 * `tests/unit/talk-states.test.ts` holds the exhaustive matrices.
 */
import { machine } from "../machine";
import { TALK_SIGNUP_STATES, TALK_STATES, type TalkSignupState, type TalkState } from "../../vocabulary";

export const TALK_EVENTS = ["approve", "decline", "withdraw", "cancel"] as const;
export type TalkEvent = (typeof TALK_EVENTS)[number];
export type TalkActor = "staff" | "employer";

/**
 * requested → approved | declined (staff, a reason required when declining, checked by the
 * domain); the employer may withdraw a request or an approved talk; staff may cancel an approved
 * talk (a venue closed). Every end state frees the venue slot (the partial unique index).
 */
export const talkMachine = machine<TalkState, TalkEvent, TalkActor>("talk", {
  states: TALK_STATES,
  events: TALK_EVENTS,
  rows: [
    { event: "approve", from: ["requested"], to: "approved", actors: ["staff"] },
    { event: "decline", from: ["requested"], to: "declined", actors: ["staff"] },
    { event: "withdraw", from: ["requested", "approved"], to: "withdrawn", actors: ["employer"] },
    { event: "cancel", from: ["approved"], to: "cancelled", actors: ["staff"] },
  ],
});

export const TALK_SIGNUP_EVENTS = ["cancel", "sign_up_again"] as const;
export type TalkSignupEvent = (typeof TALK_SIGNUP_EVENTS)[number];

/** A new sign-up starts `signed_up`; a cancelled one may sign up again while there is room (domain). */
export const talkSignupMachine = machine<TalkSignupState, TalkSignupEvent, "graduate">("talkSignup", {
  states: TALK_SIGNUP_STATES,
  events: TALK_SIGNUP_EVENTS,
  rows: [
    { event: "cancel", from: ["signed_up"], to: "cancelled", actors: ["graduate"] },
    { event: "sign_up_again", from: ["cancelled"], to: "signed_up", actors: ["graduate"] },
  ],
});
