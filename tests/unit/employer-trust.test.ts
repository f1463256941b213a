import { describe, expect, it } from "vitest";
import { isLandline, trustSignals, type TrustInput } from "../../app/employers/trust";
import { sniffFileType } from "../../app/files/sniff";
import { diffContent } from "../../app/postings/diff";
import { bulletinHeading, bulletinText } from "../../app/postings/bulletin.server";

const base: TrustInput = {
  contactEmail: "hr@yunfan-tech.cn",
  website: "https://www.yunfan-tech.cn",
  contactPhone: "0571-88886666",
  isAgency: false,
  hrLicenceNo: null,
  sameNameCount: 0,
  earlierRejections: 0,
};
const ids = (input: Partial<TrustInput>) => trustSignals({ ...base, ...input }).map((s) => s.id);

describe("employer trust signals", () => {
  it("praises a company-domain e-mail, a website and a landline", () => {
    expect(ids({})).toEqual(["email.company_domain", "website.present", "phone.landline"]);
    expect(ids({ contactEmail: "zhaopin@js.ccb.com", website: "www.ccb.com" })).toContain("email.company_domain");
    expect(ids({ contactEmail: "hr@zj.sgcc.com.cn", website: "https://www.sgcc.com.cn" })).toContain(
      "email.company_domain",
    );
  });

  it("warns about webmail, a missing website and a mobile-only contact", () => {
    expect(ids({ contactEmail: "hr_zhaopin@163.com", website: null, contactPhone: "13812345678" })).toEqual([
      "email.webmail",
      "website.missing",
      "phone.mobile_only",
    ]);
  });

  it("flags duplicate names, earlier rejections and an HR agency without a licence", () => {
    expect(ids({ sameNameCount: 2, earlierRejections: 1, isAgency: true })).toEqual(
      expect.arrayContaining(["name.duplicate", "history.rejected", "agency.no_licence"]),
    );
    expect(ids({ isAgency: true, hrLicenceNo: "330100-2024-0012" })).not.toContain("agency.no_licence");
  });

  it("recognises landlines with area codes and extensions", () => {
    expect(isLandline("010-62751234")).toBe(true);
    expect(isLandline("0571 8888 6666".replace(/ /g, ""))).toBe(true);
    expect(isLandline("0755-26881234-8021")).toBe(true);
    expect(isLandline("13912345678")).toBe(false);
  });
});

describe("upload sniffing", () => {
  it("knows PDF, JPEG and PNG by their first bytes, whatever the file is called", () => {
    expect(sniffFileType(new TextEncoder().encode("%PDF-1.7\n"))?.mime).toBe("application/pdf");
    expect(sniffFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe("jpg");
    expect(sniffFileType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.ext).toBe("png");
    expect(sniffFileType(new TextEncoder().encode("MZ\x90\x00"))).toBeNull();
    expect(sniffFileType(new TextEncoder().encode("<html>%PDF-"))).toBeNull();
  });
});

describe("revision diff and bulletin text", () => {
  it("marks exactly the changed fields of a revision", () => {
    const live = {
      title: "Java后端开发工程师",
      category: "软件开发",
      jobType: "full_time",
      headcount: 3,
      duties: "负责接口开发。",
      requirements: "熟悉Java。",
      degree: "bachelor",
      majors: ["软件工程"],
      cities: [{ province: "浙江省", city: "杭州" }],
      salaryMin: 12000,
      salaryMax: 18000,
      benefits: "五险一金",
      deadline: "2027-01-31",
      contact: "",
    } as const;
    const proposed = {
      ...live,
      salaryMax: 20000,
      cities: [
        { province: "浙江省", city: "杭州" },
        { province: "上海市", city: "上海" },
      ],
    };
    const changed = diffContent(
      { ...live, majors: [...live.majors], cities: [...live.cities] },
      { ...proposed, majors: [...live.majors] },
    ).filter((d) => d.changed);
    expect(changed.map((d) => d.field)).toEqual(["cities", "salaryMax"]);
    expect(changed[0]).toMatchObject({ live: "杭州", proposed: "杭州，上海" });
  });

  it("writes a numbered group-chat text with a link per posting", () => {
    const text = bulletinText(
      [
        {
          id: "p1",
          title: "审计助理",
          employerName: "德勤华永会计师事务所",
          cities: ["上海"],
          salaryMin: 9000,
          salaryMax: 13000,
          deadline: "2027-01-15",
        },
      ],
      { heading: "【周报】", baseUrl: "https://jobs.example.edu.cn" },
    );
    expect(text.split("\n")[0]).toBe("【周报】");
    expect(text).toContain("1. 审计助理｜德勤华永会计师事务所｜上海｜");
    expect(text).toContain("https://jobs.example.edu.cn/jobs/p1");
  });

  it("dates the bulletin heading with the school's day: at 01:30 in Beijing it is already the 7th", () => {
    // 2026-12-06T17:30:00Z is 2026-12-07 01:30 in Beijing; the UTC date would still say the 6th.
    const now = new Date("2026-12-06T17:30:00Z");
    expect(bulletinHeading({ schoolName: "浙江理工大学", period: "daily", count: 3, now })).toBe(
      "【浙江理工大学就业信息日报】2026-12-07 新岗位 3 个",
    );
    expect(
      bulletinHeading({
        schoolName: "浙江理工大学",
        period: "weekly",
        count: 0,
        now: new Date("2026-12-06T15:59:59Z"),
      }),
    ).toBe("【浙江理工大学就业信息周报】2026-12-06 新岗位 0 个");
  });
});
