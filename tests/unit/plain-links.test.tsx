import { Link, NavLink } from "@remix-run/react";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { PlainLink } from "../../app/components/plain-link";
import { MenuLink } from "../../app/components/site-header";

// On the server the header's entries, the roster's row links and the to-do items' links skip the router's hooks and write
// their anchor themselves (decision 035); in the browser they are Remix's NavLink and Link, which
// hydrate onto that anchor. A difference would be a hydration mismatch and, for the menu, a wrong
// entry marked as the current page. Here `document` is undefined, as on the server.
const at = (pathname: string, element: ReactElement) =>
  renderToStaticMarkup(<MemoryRouter initialEntries={[pathname]}>{element}</MemoryRouter>);

const PAGES = [
  "/",
  "/staff",
  "/staff/",
  "/staff/graduates",
  "/Staff/Graduates",
  "/staff/graduates/abc",
  "/staffing",
  "/jobs",
];
const TARGETS = ["/", "/staff", "/staff/", "/staff/graduates", "/jobs", "/account"] as const;

describe("links written without the router on the server", () => {
  it("a menu entry is the anchor NavLink writes, active on the same pages", () => {
    let active = 0;
    for (const page of PAGES) {
      for (const to of TARGETS) {
        for (const end of [false, true]) {
          const mine = at(
            page,
            <MenuLink to={to} end={end}>
              entry
            </MenuLink>,
          );
          expect(mine, `${to} on ${page}${end ? " (end)" : ""}`).toBe(
            at(
              page,
              <NavLink to={to} end={end}>
                entry
              </NavLink>,
            ),
          );
          if (mine.includes('aria-current="page"')) active += 1;
        }
      }
    }
    // Both kinds of anchor were compared: the current page's entry and the others.
    expect(active).toBeGreaterThan(5);
    expect(at("/staff/graduates", <MenuLink to="/staff/graduates">x</MenuLink>)).toContain('class="active"');
    expect(
      at(
        "/staff/graduates",
        <MenuLink to="/staff" end>
          x
        </MenuLink>,
      ),
    ).not.toContain("active");
  });

  it("a row link and a to-do item's link are the anchor Link writes", () => {
    for (const to of ["/staff/graduates/4f1c2d3e-0000-4000-8000-000000000001", "/jobs/42"] as const) {
      const link = at("/staff/graduates", <Link to={to}>王小明</Link>);
      expect(at("/staff/graduates", <PlainLink to={to}>王小明</PlainLink>)).toBe(link);
    }
  });
});
