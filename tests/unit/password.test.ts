import { describe, expect, it } from "vitest";
import { backoffSeconds } from "../../app/outbox/worker.server";
import { passwordProblem, RegistrationSchema, safeRedirect } from "../../app/auth/schema";

describe("password policy", () => {
  it("requires at least 8 characters", () => {
    expect(passwordProblem("abc123!")).toBe("password.tooShort");
    expect(passwordProblem("abc123!x")).toBeNull();
  });

  it("accepts long passphrases, in Chinese too, up to 256 characters", () => {
    expect(passwordProblem("春眠不觉晓处处闻啼鸟夜来风雨声")).toBeNull();
    expect(passwordProblem("correct horse battery staple ".repeat(8).slice(0, 256))).toBeNull();
    expect(passwordProblem("x".repeat(100) + "y".repeat(157))).toBe("password.tooLong");
  });

  it("refuses repeated characters and well-known passwords", () => {
    expect(passwordProblem("aaaaaaaaaa")).toBe("password.weak");
    expect(passwordProblem("12345678")).toBe("password.weak");
    expect(passwordProblem("Password1")).toBe("password.weak");
  });

  it("refuses a password containing the e-mail address", () => {
    expect(passwordProblem("xx-li.ming@qq.com-xx", "li.ming@qq.com")).toBe("password.containsEmail");
  });

  it("reports registration problems per field as message keys", () => {
    const result = RegistrationSchema.safeParse({
      email: "not-an-email",
      password: "short",
      displayName: "",
      role: "admin",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path.join(".")));
    expect(fields).toEqual(new Set(["email", "password", "displayName", "role"]));
    expect(result.error?.issues.find((i) => i.path[0] === "password")?.message).toBe("password.tooShort");
  });

  it("normalises e-mail addresses", () => {
    const result = RegistrationSchema.parse({
      email: "  Li.Ming@QQ.com ",
      password: "长风破浪会有时-2026",
      displayName: "李明",
      role: "graduate",
    });
    expect(result.email).toBe("li.ming@qq.com");
  });
});

describe("safeRedirect", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeRedirect("/staff/graduates?page=2")).toBe("/staff/graduates?page=2");
    expect(safeRedirect("//evil.example")).toBe("/");
    expect(safeRedirect("https://evil.example")).toBe("/");
    expect(safeRedirect("/\\evil.example")).toBe("/");
    expect(safeRedirect(null, "/account")).toBe("/account");
  });
});

describe("outbox backoff", () => {
  it("grows exponentially and is capped at 30 minutes", () => {
    const mid = () => 0.5;
    expect(backoffSeconds(1, mid)).toBe(5);
    expect(backoffSeconds(2, mid)).toBe(10);
    expect(backoffSeconds(4, mid)).toBe(40);
    expect(backoffSeconds(30, mid)).toBe(1800);
  });
});
