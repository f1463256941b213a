import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { formatSchoolDateTime } from "../../app/time";

// Outside a router the reader's language comes from this mock of the root loader.
let locale = "zh-CN";
vi.mock("@remix-run/react", () => ({ useRouteLoaderData: () => ({ locale }) }));

const { SessionTitleAndTime } = await import("../../app/components/fair-facts");

const session = { title: "算法岗小组宣讲", startsAt: "2026-06-10T02:00:00.000Z", minutes: 45 };
const text = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "|");

describe("SessionTitleAndTime (employer's fair page and booth page)", () => {
  it("heads a booth session with its title, then its start in school time and its length", () => {
    locale = "zh-CN";
    const html = renderToString(<SessionTitleAndTime session={session} />);
    expect(html).toMatch(/^<h3>算法岗小组宣讲<\/h3><p>/);
    expect(text(html)).toBe(`|算法岗小组宣讲||${formatSchoolDateTime(session.startsAt, "zh-CN")} · 45 分钟|`);
    // 02:00 UTC is 10:00 at the school.
    expect(text(html)).toContain("10:00");
  });

  it("speaks the reader's language", () => {
    locale = "en";
    expect(text(renderToString(<SessionTitleAndTime session={session} />))).toContain("· 45 min");
  });
});
