import { describe, expect, it } from "vitest";
import {
  EMPLOYER_STATES as EMPLOYER_STATUSES,
  POSTING_STATES as POSTING_STATUSES,
  type EmployerState as EmployerStatus,
  type PostingState as PostingStatus,
} from "../../vocabulary";
import { employerIsActive, employerMachine, type EmployerActor, type EmployerEvent } from "../../app/employers/states";
import { isEditableInPlace, postingMachine, type PostingActor, type PostingEvent } from "../../app/postings/states";
import { translate } from "../../app/i18n/messages";

const nextPostingState = postingMachine.next;
const nextEmployerState = employerMachine.next;

/** The posting lifecycle of docs/domain/lifecycles.md, written out by hand: every allowed (from, event, actor) → to. */
const POSTING_ALLOWED: Record<string, PostingStatus> = {
  "draft|submit|employer": "submitted",
  "changes_requested|submit|employer": "submitted",
  "submitted|recall|employer": "draft",
  "submitted|approve|staff": "published",
  "submitted|request_changes|staff": "changes_requested",
  "submitted|reject|staff": "rejected",
  "published|close|employer": "closed",
  "published|close|staff": "closed",
  "published|close|system": "closed",
  "published|withdraw|employer": "withdrawn",
};

const EMPLOYER_ALLOWED: Record<string, EmployerStatus> = {
  "pending|verify|staff": "verified",
  "pending|reject|staff": "rejected",
  "verified|suspend|staff": "suspended",
  "suspended|reinstate|staff": "verified",
  "rejected|resubmit|employer": "pending",
};

describe("posting transitions", () => {
  const events: PostingEvent[] = ["submit", "recall", "approve", "request_changes", "reject", "close", "withdraw"];
  const actors: PostingActor[] = ["employer", "staff", "system"];
  it("allow exactly the lifecycle of docs/domain/lifecycles.md, for every state, event and actor", () => {
    let checked = 0;
    for (const from of POSTING_STATUSES) {
      for (const event of events) {
        for (const actor of actors) {
          const result = nextPostingState(from, event, actor);
          const expected = POSTING_ALLOWED[`${from}|${event}|${actor}`];
          if (expected) expect(result, `${from} ${event} by ${actor}`).toEqual({ ok: true, to: expected });
          else {
            expect(result.ok, `${from} ${event} by ${actor}`).toBe(false);
            // Refused in each reader's language, naming the state and the event, never a raw enum value.
            if (!result.ok) {
              const zh = translate("zh-CN", result.key, result.params);
              const en = translate("en", result.key, result.params);
              expect(zh, `${from} ${event} by ${actor}`).toMatch(/[\u4e00-\u9fff]/);
              expect(en, `${from} ${event} by ${actor}`).not.toMatch(/[\u4e00-\u9fff]|_|\{/);
            }
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBe(POSTING_STATUSES.length * events.length * actors.length);
  });

  it("edits drafts and sent-back postings in place, and nothing else", () => {
    expect(POSTING_STATUSES.filter(isEditableInPlace)).toEqual(["draft", "changes_requested"]);
  });
});

describe("employer transitions", () => {
  const events: EmployerEvent[] = ["verify", "reject", "suspend", "reinstate", "resubmit"];
  const actors: EmployerActor[] = ["staff", "employer"];
  it("allow exactly pending → verified | rejected, verified ⇄ suspended, rejected → pending", () => {
    for (const from of EMPLOYER_STATUSES) {
      for (const event of events) {
        for (const actor of actors) {
          const result = nextEmployerState(from, event, actor);
          const expected = EMPLOYER_ALLOWED[`${from}|${event}|${actor}`];
          if (expected) expect(result, `${from} ${event} by ${actor}`).toEqual({ ok: true, to: expected });
          else expect(result.ok, `${from} ${event} by ${actor}`).toBe(false);
        }
      }
    }
  });

  it("treats only verified employers as active", () => {
    expect(EMPLOYER_STATUSES.filter(employerIsActive)).toEqual(["verified"]);
  });
});
