import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { employerMachine } from "../../app/employers/states";
import { boothMachine, fairMachine, queueMachine, registrationMachine } from "../../app/fairs/states";
import { DomainError, refuse } from "../../app/errors";
import { isMessageKey, translate } from "../../app/i18n/messages";
import { machine, type Machine } from "../../app/machine";
import { postingMachine } from "../../app/postings/states";
import { agreementMachine } from "../../app/agreements/states";
import { applicationMachine } from "../../app/applications/states";
import { bookingMachine } from "../../app/counselling/states";
import { destinationMachine } from "../../app/destinations/states";
import { interviewMachine } from "../../app/interviews/states";
import { subsidyMachine, supportPlanMachine } from "../../app/support/states";

const lamp = machine<
  "off" | "on" | "broken",
  "switch_on" | "switch_off" | "break",
  "user" | "janitor",
  { fuse: boolean }
>("lamp", {
  states: ["off", "on", "broken"],
  events: ["switch_on", "switch_off", "break"],
  rows: [
    {
      event: "switch_on",
      from: ["off"],
      to: "on",
      actors: ["user", "janitor"],
      guard: (ctx) => (ctx.fuse ? undefined : { key: "lamp.noFuse", params: { fuse: "F1" } }),
    },
    { event: "switch_off", from: ["on"], to: "off", actors: ["user", "janitor"] },
    { event: "break", from: ["off", "on"], to: "broken", actors: ["janitor"] },
  ],
});

describe("machine()", () => {
  it("answers where an allowed event leads", () => {
    expect(lamp.next("off", "switch_on", "user", { fuse: true })).toEqual({ ok: true, to: "on" });
    expect(lamp.next("on", "break", "janitor", { fuse: true })).toEqual({ ok: true, to: "broken" });
  });

  it("refuses an actor the event does not name, then a state it does not start from, then a failed guard", () => {
    expect(lamp.next("off", "break", "user", { fuse: true })).toEqual({
      ok: false,
      key: "machine.refused.actor",
      params: { event: { key: "lamp.event.break" } },
    });
    expect(lamp.next("broken", "switch_on", "user", { fuse: true })).toEqual({
      ok: false,
      key: "machine.refused.state",
      params: { event: { key: "lamp.event.switch_on" }, state: { key: "lamp.state.broken" } },
    });
    expect(lamp.next("off", "switch_on", "user", { fuse: false })).toEqual({
      ok: false,
      key: "lamp.noFuse",
      params: { fuse: "F1" },
    });
  });

  it("require gives where an allowed event leads (no context needed when the machine takes none)", () => {
    expect(lamp.require("off", "switch_on", "user", { fuse: true })).toBe("on");
    expect(lamp.require("on", "break", "janitor", { fuse: false })).toBe("broken");
    expect(postingMachine.require("draft", "submit", "employer")).toBe("submitted");
  });

  it("require throws next's refusal as the two lines it replaces did (key, params, 409, the form's field)", () => {
    const thrown = (act: () => unknown): DomainError => {
      try {
        act();
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
      throw new Error("nothing was thrown");
    };
    const refused: [Parameters<typeof lamp.next>, string][] = [
      [["off", "break", "user", { fuse: true }], "machine.refused.actor"],
      [["broken", "switch_on", "user", { fuse: true }], "machine.refused.state"],
      [["off", "switch_on", "user", { fuse: false }], "lamp.noFuse"],
    ];
    for (const [args, key] of refused) {
      const before = thrown(() => {
        const next = lamp.next(...args);
        if (!next.ok) refuse(next.key, { params: next.params });
      });
      const after = thrown(() => lamp.require(...args));
      expect(after.status).toBe(409);
      expect(after.message).toBe(key);
      expect(Object.keys(after.errors)).toEqual(["_form"]);
      expect(after.errors._form?.[0]?.key).toBe(key);
      expect({ status: after.status, errors: after.errors, message: after.message }).toEqual({
        status: before.status,
        errors: before.errors,
        message: before.message,
      });
    }
    expect(thrown(() => lamp.require("off", "switch_on", "user", { fuse: false })).errors).toEqual({
      _form: [{ key: "lamp.noFuse", params: { fuse: "F1" } }],
    });
  });

  it("lists the events an actor may fire now, in table order", () => {
    expect(lamp.available("off", "janitor", { fuse: true })).toEqual(["switch_on", "break"]);
    expect(lamp.available("off", "user", { fuse: false })).toEqual([]);
    expect(lamp.available("broken", "janitor", { fuse: true })).toEqual([]);
  });
});

/** Every label key a machine's pages and refusals use. */
function labelKeys<S extends string, E extends string, A extends string, C>(m: Machine<S, E, A, C>): string[] {
  return [...m.states.map((s) => m.stateLabel(s).key), ...m.events.map((e) => m.eventLabel(e).key)];
}
const converted = [
  labelKeys(postingMachine),
  labelKeys(employerMachine),
  labelKeys(fairMachine),
  labelKeys(boothMachine),
  labelKeys(queueMachine),
  labelKeys(agreementMachine),
  labelKeys(applicationMachine),
  labelKeys(bookingMachine),
  labelKeys(destinationMachine),
  labelKeys(interviewMachine),
  labelKeys(supportPlanMachine),
  labelKeys(subsidyMachine),
];

describe("the domains' machines", () => {
  it("have a label for every state and event, in both languages, in the message table", () => {
    for (const keys of converted) {
      expect(keys.length).toBeGreaterThanOrEqual(4);
      expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
    }
  });

  it("refuse in the reader's language, naming the state by its label", () => {
    const refused = postingMachine.next("published", "approve", "staff");
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(translate("zh-CN", refused.key, refused.params)).toBe("当前状态为“已发布”，无法执行“审核通过”。");
    expect(translate("en", refused.key, refused.params)).toBe(
      "“Approve” is not possible while the status is “Published”.",
    );
  });

  it("are what the database accepts: each check constraint lists exactly the machine's states", () => {
    const meta = path.join(__dirname, "../../db/migrations/meta");
    const latest = readdirSync(meta)
      .filter((f) => f.endsWith("_snapshot.json"))
      .sort()
      .at(-1)!;
    const tables = JSON.parse(readFileSync(path.join(meta, latest), "utf8")).tables as Record<
      string,
      { checkConstraints: Record<string, { value: string }> }
    >;
    const allowed = (table: string, check: string) =>
      [...tables[`public.${table}`]!.checkConstraints[check]!.value.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(allowed("postings", "postings_status_known")).toEqual([...postingMachine.states]);
    expect(allowed("employers", "employers_status_known")).toEqual([...employerMachine.states]);
    expect(allowed("fairs", "fairs_status_known")).toEqual([...fairMachine.states]);
    expect(allowed("fair_booths", "fair_booths_status_known")).toEqual([...boothMachine.states]);
    expect(allowed("fair_registrations", "fair_registrations_status_known")).toEqual([...registrationMachine.states]);
    expect(allowed("fair_queue_entries", "fair_queue_status_known")).toEqual([...queueMachine.states]);
    expect(allowed("agreements", "agreements_status_known")).toEqual([...agreementMachine.states]);
    expect(allowed("applications", "applications_status_known")).toEqual([...applicationMachine.states]);
    expect(allowed("counselling_bookings", "counselling_bookings_status_known")).toEqual([...bookingMachine.states]);
    expect(allowed("destinations", "destinations_status_known")).toEqual([...destinationMachine.states]);
    expect(allowed("interviews", "interviews_status_known")).toEqual([...interviewMachine.states]);
    expect(allowed("support_plans", "support_plans_status_known")).toEqual([...supportPlanMachine.states]);
    expect(allowed("support_subsidies", "support_subsidies_status_known")).toEqual([...subsidyMachine.states]);
  });
});
