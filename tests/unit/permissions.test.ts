import { describe, expect, it } from "vitest";
import { PERMISSIONS, roleCan, scopeCovers, type Permission } from "../../app/auth/permissions";
import { ROLES } from "../../db/schema/people";

describe("permission map", () => {
  it("lets only administrators manage users and read the audit log", () => {
    for (const role of ROLES) {
      expect(roleCan(role, "user:manage")).toBe(role === "admin");
      expect(roleCan(role, "audit:read")).toBe(role === "admin");
    }
  });

  it("never gives graduates or employers staff powers", () => {
    const staffOnly: Permission[] = [
      "graduate:read-personal",
      "vetting:decide",
      "report:read",
      "mail:read-local",
      "support:manage",
    ];
    for (const permission of staffOnly) {
      expect(roleCan("graduate", permission)).toBe(false);
      expect(roleCan("employer", permission)).toBe(false);
      expect(roleCan("staff", permission)).toBe(true);
    }
  });

  it("keeps self-service actions with their owners", () => {
    expect(roleCan("graduate", "application:create")).toBe(true);
    expect(roleCan("employer", "application:create")).toBe(false);
    expect(roleCan("employer", "posting:manage-own")).toBe(true);
    expect(roleCan("staff", "posting:manage-own")).toBe(false);
  });

  it("gives every role its own account page and names only known roles", () => {
    for (const role of ROLES) expect(roleCan(role, "account:self")).toBe(true);
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});

describe("staff scope", () => {
  it("covers every college for school staff and one college for college staff", () => {
    expect(scopeCovers({ kind: "school" }, 7)).toBe(true);
    expect(scopeCovers({ kind: "college", collegeId: 3 }, 3)).toBe(true);
    expect(scopeCovers({ kind: "college", collegeId: 3 }, 4)).toBe(false);
  });
});
