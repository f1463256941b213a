import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ROLES, type Role } from "../../vocabulary";

// The header renders with plain links; no router is needed to see where each entry leads.
vi.mock("@remix-run/react", () => {
  const anchor = (props: Record<string, unknown> & { children?: unknown; to: string }) => {
    const { children, to, end: _end, ...rest } = props;
    return (
      <a href={to} {...(rest as object)}>
        {children as never}
      </a>
    );
  };
  return {
    Link: anchor,
    NavLink: anchor,
    Form: (props: Record<string, unknown> & { children?: unknown }) => {
      const { children, ...rest } = props;
      return <form {...(rest as object)}>{children as never}</form>;
    },
    useLocation: () => ({ pathname: "/", search: "" }),
  };
});

const { SiteHeader } = await import("../../app/components/site-header");
const { NAVIGATION, ROLE_HOMES, menuFor } = await import("../../app/navigation");

/** The links inside the header's menu disclosure, and how many disclosures sit inside it. */
function menuOf(html: string): { summary: string; hrefs: string[]; nested: number } {
  const start = html.indexOf('<details class="site-menu"');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = html.indexOf("</details>", start);
  const menu = html.slice(start, end);
  return {
    summary: /<summary[^>]*>([\s\S]*?)<\/summary>/.exec(menu)?.[1]?.replace(/<[^>]+>/g, "") ?? "",
    hrefs: [...menu.matchAll(/<a [^>]*?href="([^"]+)"/g)].map((m) => m[1]!),
    nested: menu.split("<details").length - 2,
  };
}

type Reader = { name: string; user: { displayName: string; role: Role; schoolWide: boolean } | null };
const READERS: Reader[] = [
  { name: "a visitor", user: null },
  ...ROLES.flatMap((role): Reader[] =>
    role === "staff"
      ? [
          { name: "school-wide staff", user: { displayName: "王老师", role, schoolWide: true } },
          { name: "college staff", user: { displayName: "李老师", role, schoolWide: false } },
        ]
      : [{ name: role, user: { displayName: "陈思远", role, schoolWide: role === "admin" } }],
  ),
];

/**
 * Issue 15 (navigation): each role's main actions are reachable in two taps at 390 px, the "菜单"
 * button and then the link. The menu is data (app/navigation.ts), so this reads every entry the
 * reader may open from there: an entry added tomorrow is checked without touching this test.
 */
describe("every menu entry is two taps away", () => {
  for (const { name, user } of READERS) {
    it(`for ${name}: the menu button opens one flat panel holding every entry the reader may open`, () => {
      const html = renderToStaticMarkup(<SiteHeader locale="zh-CN" user={user} counts={{}} />);
      const menu = menuOf(html);
      // Tap one: a button named in words (a disclosure, so it works without JavaScript too).
      expect(menu.summary).toContain("菜单");
      // Tap two: no second disclosure inside, every entry a link in the panel.
      expect(menu.nested).toBe(0);
      const entries = menuFor(user).flatMap((group) => group.entries.map((entry) => entry.to));
      expect(entries.length).toBeGreaterThan(0);
      for (const to of entries) expect(menu.hrefs, `${to} in the menu`).toContain(to);
      if (user) expect(menu.hrefs).toContain(ROLE_HOMES[user.role]);
    });
  }

  it("keeps the menu button on a phone: no style rule hides the disclosure or its button", () => {
    const css = readFileSync(new URL("../../app/styles/app.css", import.meta.url), "utf8");
    const hiding = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(
      ([, selectors, body]) =>
        /\.site-menu(?![\w-])(\s*>\s*summary)?\s*(,|$)/m.test(selectors!.trim()) && /display:\s*none/.test(body!),
    );
    expect(hiding.map(([rule]) => rule.trim())).toEqual([]);
  });

  it("has no entry its own audience can never see (an entry hidden from everyone it is listed for)", () => {
    for (const audience of Object.keys(NAVIGATION) as (keyof typeof NAVIGATION)[]) {
      const widest = audience === "anonymous" ? null : { role: audience, schoolWide: true };
      const shown = new Set(menuFor(widest).flatMap((group) => group.entries.map((entry) => entry.to)));
      for (const group of NAVIGATION[audience])
        for (const entry of group.entries) expect(shown.has(entry.to), `${audience}: ${entry.to}`).toBe(true);
    }
  });
});
