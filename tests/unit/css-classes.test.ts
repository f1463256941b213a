import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classSelectorsOf, classUsesIn, type ClassUse } from "../support/class-names";

/**
 * A class name the stylesheet never defines fails silently: the element falls back to unstyled
 * text ("button secondary" made the talks' secondary buttons look primary; "hint", "table" and
 * "checkbox" left notes, a staff table and checkbox rows bare). Every class a page writes
 * literally is a selector in app/styles, or is named here with the reason it needs no style.
 */
const UNSTYLED: Record<string, string> = {
  "apply-panel": "names the apply box on a posting page; `card` is its look",
  countdown: "names a programme's window line (a status paragraph); plain text is its look",
  "front-search": "the block around the front page's search box and its suggestions; its parts carry the style",
  "front-search__title": "the posting title inside a suggestion link, which keeps the link's colour",
  rules: "names a programme's list of rules, plain running bullets",
  "share-card": "names the share box; `card` is its look",
  "site-menu__button": "the menu's summary, found by tests/e2e/crawl.test.ts; `button button--quiet` is its look",
  "site-menu__icon": "the menu's glyph, hidden from screen readers; it sits in the summary's row",
  "site-menu__group": "one group of menu links, a cell of the panel's grid",
  bell__icon: "the bell's drawing, sized by its width and height attributes",
};

const root = path.join(__dirname, "../..");

function definedClasses(): Set<string> {
  const styles = path.join(root, "app/styles");
  const names = new Set<string>();
  for (const file of readdirSync(styles).filter((name) => name.endsWith(".css"))) {
    for (const name of classSelectorsOf(readFileSync(path.join(styles, file), "utf8"))) names.add(name);
  }
  return names;
}

function pageClassUses(): ClassUse[] {
  return readdirSync(path.join(root, "app"), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".tsx"))
    .flatMap((file) => classUsesIn(`app/${file}`, readFileSync(path.join(root, "app", file), "utf8")));
}

/** The uses that name no class of the stylesheet, as "file:line name". */
function undefinedUses(uses: ClassUse[], defined: Set<string>): string[] {
  const known = (use: ClassUse) =>
    use.prefix
      ? [...defined].some((name) => name.startsWith(use.name) && name !== use.name)
      : defined.has(use.name) || use.name in UNSTYLED;
  return uses.filter((use) => !known(use)).map((use) => `${use.file}:${use.line} ${use.name}${use.prefix ? "…" : ""}`);
}

describe("class names in pages", () => {
  const defined = definedClasses();
  const uses = pageClassUses();

  it("are each defined by the stylesheet or named as needing no style", () => {
    expect(defined.size).toBeGreaterThan(90);
    expect(uses.length).toBeGreaterThan(800);
    expect(undefinedUses(uses, defined)).toEqual([]);
  });

  it("need no allowance once they are styled or gone", () => {
    const used = new Set(uses.map((use) => use.name));
    expect(Object.keys(UNSTYLED).filter((name) => defined.has(name) || !used.has(name))).toEqual([]);
  });

  it("are read from strings, branches and templates, and an undefined one is named with its place", () => {
    const source = [
      'export const A = () => <button className="button secondary">a</button>;',
      "export const B = (p: { on: boolean }) => <p className={p.on ? 'notice' : 'hint'}>b</p>;",
      "export const C = (p: { on: boolean }) => <div className={`card ${p.on && 'chartt'}`}>c</div>;",
      "export const D = (p: { tone: string }) => <li className={`flag flag--${p.tone === 'bad' ? 'x' : 'y'}`} />;",
      "export const E = (p: { tone: string }) => <li className={`missing--${p.tone}`} />;",
    ].join("\n");
    expect(undefinedUses(classUsesIn("app/example.tsx", source), defined)).toEqual([
      "app/example.tsx:1 secondary",
      "app/example.tsx:2 hint",
      "app/example.tsx:3 chartt",
      "app/example.tsx:5 missing--…",
    ]);
  });

  it("are defined only by selectors, never by a number or a comment", () => {
    expect([
      ...classSelectorsOf(
        "/* .ghost */ .a, p.b:hover > .c-d { margin: 0.5rem; } @media (max-width: 40rem) { .e { x: 1.5em } }",
      ),
    ]).toEqual(["a", "b", "c-d", "e"]);
  });
});
