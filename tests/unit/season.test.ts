import { describe, expect, it } from "vitest";
import { academicYear, SeasonFilter, seasonTables, type SeasonSummary } from "../../app/reports/season";
import { translate } from "../../app/i18n/messages";

describe("the season summary's window and tables", () => {
  it("defaults to the academic year holding today: September to August", () => {
    expect(academicYear("2026-12-05")).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    expect(academicYear("2027-03-15")).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    expect(academicYear("2027-09-01")).toEqual({ from: "2027-09-01", to: "2028-08-31" });
  });

  it("refuses a window the wrong way round, an impossible date and more than three years, on the field", () => {
    const keys = (input: Record<string, string>) => {
      const result = SeasonFilter.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    };
    expect(keys({ from: "2026-09-01", to: "2027-08-31" })).toEqual([]);
    expect(keys({ from: "2027-06-30", to: "2026-09-01" })).toEqual(["to season.field.order"]);
    expect(keys({ from: "2026-02-30", to: "2026-09-01" })).toEqual(["from season.field.date.invalid"]);
    expect(keys({ from: "2020-01-01", to: "2026-01-01" })).toEqual(["to season.field.tooLong"]);
  });

  it("lays the figures and each event out as the page and the workbook show them", () => {
    const summary: SeasonSummary = {
      window: { from: "2026-09-01", to: "2027-08-31" },
      figures: {
        eventsHeld: 2,
        fairsHeld: 1,
        talksOnline: 0,
        talksOnCampus: 1,
        employers: 3,
        postingsFeatured: 4,
        graduatesTakingPart: 57,
        graduatesRegistered: 80,
      },
      events: [
        {
          kind: "fair",
          date: "2026-10-20",
          title: "2027届秋季空中双选会",
          employers: 2,
          postings: 3,
          registered: 60,
          takingPart: 45,
        },
        {
          kind: "talk_on_campus",
          date: "2026-11-03",
          title: "华为技术有限公司宣讲会",
          employers: 1,
          postings: 1,
          registered: 20,
          takingPart: 12,
        },
      ],
    };
    const [figures, events] = seasonTables(summary, (key, params) => translate("zh-CN", key, params));
    expect(figures!.rows[0]).toEqual(["线上招聘活动总场次", 2]);
    expect(figures!.rows).toHaveLength(8);
    expect(events!.columns).toEqual(["活动", "类型", "日期", "参与单位", "推介岗位", "报名人数", "参与人数"]);
    expect(events!.rows[1]).toEqual(["华为技术有限公司宣讲会", "校内宣讲会", "2026-11-03", 1, 1, 20, 12]);
  });
});
