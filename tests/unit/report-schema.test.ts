import { describe, expect, it } from "vitest";
import { ReportSchema } from "../../app/postings/report-schema";

const valid = { reason: "fee", details: "面试时要求先交680元入职押金。" };

describe("the public report form", () => {
  it("takes a known reason and at least ten characters of what happened", () => {
    expect(ReportSchema.safeParse(valid).success).toBe(true);
    const bad = ReportSchema.safeParse({ reason: "hair_colour", details: "太坑了" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["reason", "report.reason.unknown"],
      ["details", "report.details.tooShort"],
    ]);
    // Spaces alone are not "what happened".
    expect(ReportSchema.safeParse({ ...valid, details: "          " }).success).toBe(false);
  });

  it("treats no file chosen as no screenshot, whether it arrives as an empty string or an empty file", () => {
    expect(ReportSchema.parse({ ...valid, screenshot: "" }).screenshot).toBeNull();
    expect(ReportSchema.parse({ ...valid, screenshot: new File([], "") }).screenshot).toBeNull();
    expect(ReportSchema.parse(valid).screenshot).toBeNull();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "a.png");
    expect(ReportSchema.parse({ ...valid, screenshot: png }).screenshot).toBe(png);
    expect(ReportSchema.safeParse({ ...valid, screenshot: "C:\\fakepath\\a.png" }).success).toBe(false);
  });
});
