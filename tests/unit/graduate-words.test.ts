import { describe, expect, it } from "vitest";
import { supportReferralMail } from "../../emails/templates/support-referral";
import { translate } from "../../app/i18n/messages";

describe("words graduates read", () => {
  it("name the career centre once in the referral mail, even when the counsellor account is named after it", () => {
    const props = {
      graduateName: "王雨桐",
      postingTitle: "Java后端开发工程师",
      employerName: "杭州云帆网络科技有限公司",
      note: "",
      url: "https://jiuye.example.cn/jobs/1",
    };
    const centre = supportReferralMail({ ...props, counsellorName: "就业指导中心" }, "zh-CN");
    expect(centre.text).not.toContain("就业指导中心就业指导中心");
    expect(centre.text).toContain("就业指导中心向你推荐");
    const person = supportReferralMail({ ...props, counsellorName: "李老师" }, "zh-CN");
    expect(person.text).toContain("就业指导中心李老师向你推荐");
  });

  it("show no SHA-256 hash on a résumé or an application receipt", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const receipt = translate(locale, "apply.receipt.body", {
        time: "2026/6/30 14:30",
        employer: "云帆",
        hash: "ab".repeat(32),
      });
      expect(receipt).not.toMatch(/SHA|abab/);
      const resume = translate(locale, "profile.resume.current", { date: "2026/6/30 14:30", size: 120 });
      expect(resume).not.toMatch(/SHA/);
      expect(resume).toMatch(/北京时间|Beijing time/);
    }
  });
});
