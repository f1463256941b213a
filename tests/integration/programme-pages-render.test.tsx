import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "../../app/db.server";
import { installProgrammeCatalogue } from "../../app/programmes/programmes.server";
import { callRoute } from "../support/remix";
import { signedIn, testSchool } from "../support/people";

/**
 * The programme page and the admin page rendered from their real loaders, in English and in Chinese
 * (the e2e journeys and the crawl read Chinese only). Remix's hooks are stubbed so no router is needed.
 */
const state = vi.hoisted(() => ({ loader: {} as unknown, locale: "en" as "en" | "zh-CN" }));
vi.mock("@remix-run/react", () => ({
  Form: (props: Record<string, unknown> & { children?: unknown }) => {
    const { children, ...rest } = props;
    return <form {...(rest as object)}>{children as never}</form>;
  },
  Link: (props: Record<string, unknown> & { children?: unknown; to: string }) => {
    const { children, to, ...rest } = props;
    return (
      <a href={to} {...(rest as object)}>
        {children as never}
      </a>
    );
  },
  useLoaderData: () => state.loader,
  useActionData: () => undefined,
  useRouteLoaderData: () => ({ locale: state.locale }),
}));

const programmePage = await import("../../app/routes/programmes.$slug");
const adminPage = await import("../../app/routes/admin.programmes");

let adminCookie: string;

beforeAll(async () => {
  await testSchool();
  await installProgrammeCatalogue(await getDb());
  adminCookie = (await signedIn("admin")).cookie;
});

/** The page as the server renders it, in the locale asked for. */
function render(Page: () => JSX.Element, loader: unknown, locale: "en" | "zh-CN") {
  state.loader = loader;
  state.locale = locale;
  return renderToString(<Page />);
}

describe("programme pages in both languages", () => {
  it("the public enlistment page speaks English to an English reader, with the year's facts and sources", async () => {
    const { data } = await callRoute(programmePage.loader, {
      path: "/programmes/enlistment?year=2027",
      params: { slug: "enlistment" },
    });
    const en = render(programmePage.default, data, "en");
    expect(en).toContain("Enlistment of university students");
    expect(en).toContain("Official site");
    expect(en).toContain("https://www.gfbzb.gov.cn");
    expect(en).toContain("Pre-enlistment registration form");
    expect(en).toContain("staff must confirm the current amount");
    // The women's limit, not confirmed for the year, says so in English.
    expect(en).toContain("not confirmed for this year");
    for (const label of ["官方报名网站", "需要准备的材料", "相关政策", "核实状态"]) expect(en).not.toContain(label);

    const zh = render(programmePage.default, data, "zh-CN");
    expect(zh).toContain("大学生参军入伍");
    expect(zh).toContain("官方报名网站");
    expect(zh).toContain("《大学生预征对象登记表》");
  });

  it("the admin page draws the year's own values, the copy into a province and the add forms, labelled in each language", async () => {
    const { data } = await callRoute(adminPage.loader, {
      path: "/admin/programmes?programme=enlistment&year=2027",
      cookie: adminCookie,
    });
    const en = render(adminPage.default, data, "en");
    for (const label of [
      "Official site: status",
      "Destination code: source",
      "Benefits (Chinese)",
      "Forms to prepare",
      "Copy into province",
      "Add rule",
      "Add window",
    ])
      expect([label, en.includes(label)]).toEqual([label, true]);
    // The forms checklist comes back in the one-per-line form it is saved in.
    expect(en).toContain("《大学生预征对象登记表》 | Pre-enlistment registration form | [V2]");
    expect(en).toMatch(/<option value="46" selected="">46<\/option>/);
    // Each window and rule is its own form, saying which row it is and keeping its source and notes.
    expect(en).toMatch(/<form id="window-[0-9a-f-]+" method="post">/);
    expect(en).toMatch(/<input type="hidden" name="windowId" value="[0-9a-f-]+"\/>/);
    expect(en).toMatch(/<input type="hidden" name="ruleId" value="[0-9a-f-]+"\/>/);
    expect(en).toContain("Note (English)");
    const zh = render(adminPage.default, data, "zh-CN");
    for (const label of ["官方网站核实状态", "相关政策（中文）", "复制到省份", "添加规则", "添加时间"])
      expect([label, zh.includes(label)]).toEqual([label, true]);
  });
});
