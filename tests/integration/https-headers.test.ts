import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrationTokenFor } from "../support/registration";
import { startSite, type RunningSite } from "../support/server";

/** Served over https (PUBLIC_URL), the site says so: HSTS, and a `Secure`, `__Host-` session cookie. */
let site: RunningSite;

beforeAll(async () => {
  site = await startSite({ PUBLIC_URL: "https://jiuye.jiangnan-tech.edu.cn", SEED_DEMO: "false", RUN_WORKER: "false" });
}, 120_000);

afterAll(async () => {
  await site?.stop();
});

describe("a site served over https", () => {
  it("sends HSTS and a Secure __Host- session cookie, and takes forms from its public origin", async () => {
    const page = await fetch(`${site.url}/login`);
    expect(page.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    // As behind the school's proxy: the public host arrives in X-Forwarded-Host (Remix compares it with Origin too).
    const proxied = {
      Origin: "https://jiuye.jiangnan-tech.edu.cn",
      "X-Forwarded-Host": "jiuye.jiangnan-tech.edu.cn",
      "Content-Type": "application/x-www-form-urlencoded",
    };
    const email = `https.check.${Date.now()}@qq.com`;
    const registered = await fetch(`${site.url}/register`, {
      method: "POST",
      headers: proxied,
      body: new URLSearchParams({ role: "graduate", displayName: "陈一鸣", email, password: "长风破浪会有时2026" }),
      redirect: "manual",
    });
    expect([registered.status, registered.headers.get("location")]).toEqual([302, "/register?sent=1"]);
    // The session starts when the mailed link is confirmed.
    const token = await registrationTokenFor(email);
    const confirmed = await fetch(`${site.url}/register/confirm/${token}`, {
      method: "POST",
      headers: proxied,
      redirect: "manual",
    });
    expect(confirmed.status).toBe(302);
    const cookie = confirmed.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-jiuye_session=/);
    expect(cookie).toContain("Secure");
    expect(confirmed.headers.get("cache-control")).toBe("private, no-store");
    const foreign = await fetch(`${site.url}/register`, {
      method: "POST",
      headers: { Origin: "https://jiangnan-tech.edu.cn" },
      body: new URLSearchParams({ role: "graduate" }),
      redirect: "manual",
    });
    expect(foreign.status).toBe(403);
  });
});
