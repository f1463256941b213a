import { describe, expect, it } from "vitest";
import {
  boothMachine,
  fairMachine,
  missEvent,
  queueMachine,
  registrationMachine,
  type BoothActor,
  type BoothEvent,
  type FairActor,
  type FairEvent,
  type QueueActor,
  type QueueEvent,
  type RegistrationActor,
  type RegistrationEvent,
} from "../../app/fairs/states";
import { isMessageKey, translate } from "../../app/i18n/messages";
import type { BoothState, FairState, QueueState, RegistrationState } from "../../vocabulary";

/**
 * The exhaustive matrices (decision 009): every state × event × actor against a table written out
 * by hand. A cell is the state the event leads to, or "-" where it is refused.
 */
type Cell<S> = S | "-";

function cells<S extends string, E extends string, A extends string, C>(
  m: { states: readonly S[]; events: readonly E[]; next(s: S, e: E, a: A, c: C): { ok: boolean; to?: S } },
  actors: readonly A[],
  ctx: C,
) {
  const out: Record<string, Cell<S>> = {};
  for (const state of m.states)
    for (const event of m.events)
      for (const actor of actors) {
        const r = m.next(state, event, actor, ctx) as { ok: true; to: S } | { ok: false };
        out[`${state} ${event} ${actor}`] = r.ok ? r.to : "-";
      }
  return out;
}

function expected<S extends string, E extends string, A extends string>(
  states: readonly S[],
  events: readonly E[],
  actors: readonly A[],
  allowed: Record<string, S>,
) {
  const out: Record<string, Cell<S>> = {};
  for (const state of states)
    for (const event of events) for (const actor of actors) out[`${state} ${event} ${actor}`] = "-";
  return { ...out, ...allowed };
}

describe("the fair machine", () => {
  const actors: FairActor[] = ["staff", "system"];
  it("moves draft → open for employers → open for graduates → live → closed, each by whom the table says", () => {
    expect(cells(fairMachine, actors, { approvedBooths: 1 })).toEqual(
      expected<FairState, FairEvent, FairActor>(fairMachine.states, fairMachine.events, actors, {
        "draft open_to_employers staff": "open_for_employers",
        "open_for_employers open_to_graduates staff": "open_for_graduates",
        "open_for_graduates go_live staff": "live",
        "open_for_graduates go_live system": "live",
        "open_for_employers close staff": "closed",
        "open_for_employers close system": "closed",
        "open_for_graduates close staff": "closed",
        "open_for_graduates close system": "closed",
        "live close staff": "closed",
        "live close system": "closed",
      }),
    );
  });

  it("does not let graduates in before a booth is approved, and says so in both languages", () => {
    const refused = fairMachine.next("open_for_employers", "open_to_graduates", "staff", { approvedBooths: 0 });
    expect(refused).toEqual({ ok: false, key: "fair.open.noBooths" });
    expect(translate("zh-CN", "fair.open.noBooths")).toContain("至少批准一个展位");
  });
});

describe("the booth machine", () => {
  const actors: BoothActor[] = ["staff", "employer"];
  const roomy = { windowOpen: true, approvedBooths: 3, boothCapacity: 40 };
  it("lets staff approve or decline and the employer withdraw or apply again", () => {
    expect(cells(boothMachine, actors, roomy)).toEqual(
      expected<BoothState, BoothEvent, BoothActor>(boothMachine.states, boothMachine.events, actors, {
        "applied approve staff": "approved",
        "applied decline staff": "declined",
        "approved decline staff": "declined",
        "applied withdraw employer": "withdrawn",
        "approved withdraw employer": "withdrawn",
        "declined reapply employer": "applied",
        "withdrawn reapply employer": "applied",
      }),
    );
  });

  it("refuses an approval beyond the booth capacity and a new application outside the window", () => {
    expect(boothMachine.next("applied", "approve", "staff", { ...roomy, approvedBooths: 40 })).toEqual({
      ok: false,
      key: "fairBooth.full",
      params: { booths: 40 },
    });
    expect(translate("en", "fairBooth.full", { booths: 40 })).toBe("All 40 booths are taken.");
    expect(boothMachine.next("declined", "reapply", "employer", { ...roomy, windowOpen: false })).toEqual({
      ok: false,
      key: "fairBooth.window.closed",
    });
  });
});

describe("the registration machine", () => {
  const actors: RegistrationActor[] = ["graduate", "staff", "system"];
  it("promotes from the waitlist (staff or the system) and lets either side cancel", () => {
    expect(cells(registrationMachine, actors, undefined)).toEqual(
      expected<RegistrationState, RegistrationEvent, RegistrationActor>(
        registrationMachine.states,
        registrationMachine.events,
        actors,
        {
          "waitlisted promote staff": "registered",
          "waitlisted promote system": "registered",
          "registered cancel graduate": "cancelled",
          "registered cancel staff": "cancelled",
          "waitlisted cancel graduate": "cancelled",
          "waitlisted cancel staff": "cancelled",
        },
      ),
    );
  });
});

describe("the queue machine", () => {
  const actors: QueueActor[] = ["graduate", "representative", "system"];
  it("calls, chats and finishes; a first missed call puts the graduate back in line", () => {
    expect(cells(queueMachine, actors, { missedCalls: 0 })).toEqual(
      expected<QueueState, QueueEvent, QueueActor>(queueMachine.states, queueMachine.events, actors, {
        "waiting call representative": "called",
        "called start_chat representative": "chatting",
        "called start_chat graduate": "chatting",
        "chatting finish representative": "done",
        "called miss representative": "waiting",
        "called miss system": "waiting",
        "waiting leave graduate": "left",
        "called leave graduate": "left",
      }),
    );
  });

  it("after one missed call, a second one ends the place instead", () => {
    const afterOne = cells(queueMachine, actors, { missedCalls: 1 });
    expect(afterOne["called miss representative"]).toBe("-");
    expect(afterOne["called miss_again representative"]).toBe("missed");
    expect(afterOne["called miss_again system"]).toBe("missed");
    expect(missEvent(0)).toBe("miss");
    expect(missEvent(1)).toBe("miss_again");
  });

  it("never lets a timer end a chat: only the representative finishes it", () => {
    expect(queueMachine.rows.filter((row) => row.from.includes("chatting")).map((row) => row.actors)).toEqual([
      ["representative"],
    ]);
  });
});

describe("labels", () => {
  it("exist for every state and event of the four machines, in both languages", () => {
    const keys = [fairMachine, boothMachine, registrationMachine, queueMachine].flatMap((m) => [
      ...m.states.map((s: string) => `${m.domain}.state.${s}`),
      ...m.events.map((e: string) => `${m.domain}.event.${e}`),
    ]);
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });
});
