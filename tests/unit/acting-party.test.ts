import { describe, expect, it } from "vitest";
import { actingAs, partyOf } from "../../app/auth/actor";

// docs/decisions/036-acting-party.md: the party comes from the account's role, built only here.
describe("the acting party", () => {
  it("takes the party from the account's role", () => {
    expect(partyOf({ id: "g", role: "graduate", scope: null })).toEqual({ party: "graduate", userId: "g" });
    expect(partyOf({ id: "e", role: "employer", scope: null })).toEqual({ party: "employer", userId: "e" });
    expect(partyOf({ id: "s", role: "staff", scope: { kind: "college", collegeId: 3 } })).toEqual({
      party: "staff",
      userId: "s",
      scope: { kind: "college", collegeId: 3 },
    });
    expect(partyOf({ id: "a", role: "admin", scope: { kind: "school" } })).toEqual({
      party: "staff",
      userId: "a",
      scope: { kind: "school" },
    });
  });

  it("gives a staff account without a scope no party", () => {
    expect(partyOf({ id: "s", role: "staff", scope: null })).toBeNull();
    expect(partyOf({ id: "a", role: "admin", scope: null })).toBeNull();
  });

  it("never takes a graduate's or employer's scope, nor anything else the actor carries", () => {
    expect(partyOf({ id: "g", role: "graduate", scope: { kind: "school" } })).toEqual({
      party: "graduate",
      userId: "g",
    });
    const carried = { userId: "e", scope: { kind: "school" as const } };
    expect(actingAs("employer", carried)).toEqual({ party: "employer", userId: "e" });
    expect(actingAs("staff", carried)).toEqual({ party: "staff", userId: "e", scope: { kind: "school" } });
  });
});
