import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../app/config/env.server";

describe("parseEnv", () => {
  it("falls back to the embedded defaults when no service is configured", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.MEILI_HOST).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.publicUrl).toBe("http://localhost:3000");
    expect(env.RUN_WORKER).toBe(true);
  });

  it("takes Meilisearch's indexing memory as a size, and refuses a bare number", () => {
    expect(parseEnv({ MEILI_MAX_INDEXING_MEMORY: "2GiB" }).MEILI_MAX_INDEXING_MEMORY).toBe("2GiB");
    expect(() => parseEnv({ MEILI_MAX_INDEXING_MEMORY: "2048" })).toThrow(EnvError);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("reads real services and flags", () => {
    const env = parseEnv({
      DATABASE_URL: "postgres://jiuye@db.internal:5432/jiuye",
      MEILI_HOST: "http://search.internal:7700",
      MEILI_MASTER_KEY: "0123456789abcdef0123",
      SMTP_URL: "smtp://mail.internal:25",
      PORT: "8080",
      RUN_WORKER: "false",
      PUBLIC_URL: "https://jiuye.example.edu.cn/",
    });
    expect(env.PORT).toBe(8080);
    expect(env.RUN_WORKER).toBe(false);
    expect(env.publicUrl).toBe("https://jiuye.example.edu.cn");
  });

  it("names every bad variable", () => {
    let caught: unknown;
    try {
      parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", SMTP_URL: "http://mail", RUN_WORKER: "maybe" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const fields = Object.keys((caught as EnvError).fieldErrors).sort();
    expect(fields).toEqual(["DATABASE_URL", "PORT", "RUN_WORKER", "SMTP_URL"]);
    expect((caught as EnvError).message).toContain("DATABASE_URL");
  });

  it("requires a master key with an external Meilisearch", () => {
    expect(() => parseEnv({ MEILI_HOST: "http://search.internal:7700" })).toThrow(/MEILI_MASTER_KEY/);
  });
});
