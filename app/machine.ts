/**
 * The one state-machine helper (decision 009). A domain describes its machine as a table of rows
 * `{ event, from, to, actors, guard? }`; `next` answers whether an actor may fire an event from a
 * state (and where it leads), `require` gives where it leads or throws the refusal (decision 038),
 * `available` lists what an actor may do now. Refusals are message keys with the state and event
 * labels as params (`<domain>.state.<state>`, `<domain>.event.<event>` in the message table), so
 * each reader sees them in their own language. Pure: no I/O.
 */
import { refuse } from "./errors";
import type { Message, MessageParams } from "./i18n/messages";

export interface TransitionRow<S extends string, E extends string, A extends string, C> {
  event: E;
  from: readonly S[];
  to: S;
  actors: readonly A[];
  /** A rule beyond state and actor (a deadline, who rescheduled): the refusal, or undefined to allow. */
  guard?: (ctx: C) => Message | undefined;
}

export type TransitionResult<S extends string> =
  { ok: true; to: S } | { ok: false; key: string; params?: MessageParams };

export interface Machine<S extends string, E extends string, A extends string, C> {
  domain: string;
  states: readonly S[];
  events: readonly E[];
  rows: readonly TransitionRow<S, E, A, C>[];
  next(state: S, event: E, actor: A, ctx: C): TransitionResult<S>;
  /**
   * Where the event leads, for a command that cannot go on without it; otherwise `next`'s refusal is
   * thrown as it is (`refuse(key, { params })`: 409, the form's field). Decision 038.
   */
  require(state: S, event: E, actor: A, ctx: C): S;
  available(state: S, actor: A, ctx: C): E[];
  /** `{ key: "<domain>.state.<state>" }`, for a label or a param. */
  stateLabel(state: S): Message;
  eventLabel(event: E): Message;
}

/**
 * `machine("posting", { states: POSTING_STATES, events: POSTING_EVENTS, rows: [...] })`. The
 * states list comes from `vocabulary/`, where the schema derives its check constraint from it.
 * Machines without a context take `undefined` for `ctx` (declare `C = void` and omit it).
 */
export function machine<S extends string, E extends string, A extends string, C = void>(
  domain: string,
  table: { states: readonly S[]; events: readonly E[]; rows: readonly TransitionRow<S, E, A, C>[] },
): Machine<S, E, A, C> {
  const stateLabel = (state: S): Message => ({ key: `${domain}.state.${state}` });
  const eventLabel = (event: E): Message => ({ key: `${domain}.event.${event}` });

  function next(state: S, event: E, actor: A, ctx: C): TransitionResult<S> {
    const rows = table.rows.filter((row) => row.event === event);
    const mine = rows.filter((row) => row.actors.includes(actor));
    if (mine.length === 0) return { ok: false, key: "machine.refused.actor", params: { event: eventLabel(event) } };
    const row = mine.find((candidate) => candidate.from.includes(state));
    if (!row) {
      return {
        ok: false,
        key: "machine.refused.state",
        params: { event: eventLabel(event), state: stateLabel(state) },
      };
    }
    const refusal = row.guard?.(ctx);
    if (refusal) return { ok: false, key: refusal.key, params: refusal.params };
    return { ok: true, to: row.to };
  }

  function requireTransition(state: S, event: E, actor: A, ctx: C): S {
    const answer = next(state, event, actor, ctx);
    if (!answer.ok) refuse(answer.key, { params: answer.params });
    return answer.to;
  }

  return {
    domain,
    states: table.states,
    events: table.events,
    rows: table.rows,
    next,
    require: requireTransition,
    available: (state, actor, ctx) => table.events.filter((event) => next(state, event, actor, ctx).ok),
    stateLabel,
    eventLabel,
  };
}
