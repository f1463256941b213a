import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { createPosting } from "../../app/postings/postings.server";
import * as employerPosting from "../../app/routes/employer.postings.$id";
import * as newPosting from "../../app/routes/employer.postings.new";
import * as registerEmployerRoute from "../../app/routes/employer.register";
import * as staffEmployer from "../../app/routes/staff.employers.$id";
import * as licence from "../../app/routes/staff.employers.$id.licence";
import * as vettingItem from "../../app/routes/staff.vetting.$id";
import * as vettingQueue from "../../app/routes/staff.vetting._index";
import * as job from "../../app/routes/jobs.$id";
import { employers, postings } from "../../db/schema";
import { translate, type Message } from "../../app/i18n/messages";
import { callRoute, errorKeys } from "../support/remix";
import { signedIn, testSchool } from "../support/people";
import { employerForm, employerWithOrganisation, pdfFile, postingContent, testCreditCode } from "../support/vetting";

let schoolStaff: string;
let collegeStaff: string;

beforeAll(async () => {
  const school = await testSchool();
  schoolStaff = (await signedIn("staff", { collegeId: null })).cookie;
  collegeStaff = (await signedIn("staff", { collegeId: school.colleges[0]!.id })).cookie;
});

describe("employer registration", () => {
  it("explains exactly what is wrong with a credit code and keeps everything typed", async () => {
    const { cookie } = await signedIn("employer");
    const result = await callRoute(registerEmployerRoute.action, {
      path: "/employer/register",
      cookie: cookie,
      form: { ...employerForm({ creditCode: "91330100MA27XL3K1A" }), licence: pdfFile() },
    });
    expect(result.status).toBe(400);
    const body = result.data as { values: Record<string, string> };
    expect(errorKeys(result).creditCode?.[0]).toMatch(/校验|check/i);
    // The refusal is a key: each reader reads it in their own language, not "中文 / English".
    const [refusal] = (result.data as { errors: { creditCode: Message[] } }).errors.creditCode;
    expect(translate("zh-CN", refusal!)).toBe("校验位（第18位）不正确，请核对营业执照上的代码");
    expect(translate("en", refusal!)).toBe("The check character (18th) does not match");
    expect(body.values.name).toBe("杭州星河数据科技有限公司");
    expect(body.values.address).toBe("杭州市滨江区长河街道江南大道588号");
  });

  it("checks the licence by content, not by its name", async () => {
    const { cookie } = await signedIn("employer");
    const fake = new File([new TextEncoder().encode("MZ this is an exe")], "营业执照.pdf", { type: "application/pdf" });
    const result = await callRoute(registerEmployerRoute.action, {
      path: "/employer/register",
      cookie: cookie,
      form: { ...employerForm(), licence: fake },
    });
    expect(result.status).toBe(400);
    expect(errorKeys(result).licence).toEqual(["upload.badType"]);
  });

  it("registers once per credit code and refuses the second with a clear message", async () => {
    const code = testCreditCode("320100");
    const first = await signedIn("employer");
    const ok = await callRoute(registerEmployerRoute.action, {
      path: "/employer/register",
      cookie: first.cookie,
      form: { ...employerForm({ creditCode: code.toLowerCase() }), licence: pdfFile() },
    });
    expect(ok.status).toBe(302);
    const db = await getDb();
    const [row] = await db.select().from(employers).where(eq(employers.creditCode, code));
    expect(row?.status).toBe("pending");

    const second = await signedIn("employer");
    const again = await callRoute(registerEmployerRoute.action, {
      path: "/employer/register",
      cookie: second.cookie,
      form: { ...employerForm({ creditCode: code }), licence: pdfFile() },
    });
    expect(again.status).toBe(409);
    expect(errorKeys(again).creditCode).toEqual(["employer.creditCode.taken"]);
  });

  it("serves the licence to staff as an attachment and to nobody else", async () => {
    const { employer, cookie } = await employerWithOrganisation({ verified: false });
    const asStaff = await callRoute(licence.loader, {
      path: `/staff/employers/${employer.id}/licence`,
      params: { id: employer.id },
      cookie: collegeStaff,
    });
    expect(asStaff.status).toBe(200);
    expect(asStaff.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expect(asStaff.headers.get("Content-Type")).toBe("application/pdf");
    const asEmployer = await callRoute(licence.loader, {
      path: `/staff/employers/${employer.id}/licence`,
      params: { id: employer.id },
      cookie,
    });
    expect(asEmployer.status).toBe(403);
    const asGraduate = await callRoute(licence.loader, {
      path: `/staff/employers/${employer.id}/licence`,
      params: { id: employer.id },
      cookie: (await signedIn("graduate")).cookie,
    });
    expect(asGraduate.status).toBe(403);
  });
});

describe("who may decide", () => {
  it("lets college staff read the queue but answers 403 to their decisions", async () => {
    const { user } = await employerWithOrganisation();
    const id = await createPosting(
      await getDb(),
      { userId: user.id },
      { content: postingContent({ title: "储备干部" }), submit: true },
    );
    expect((await callRoute(vettingQueue.loader, { path: "/staff/vetting", cookie: collegeStaff })).status).toBe(200);
    expect(
      (await callRoute(vettingItem.loader, { path: `/staff/vetting/${id}`, params: { id }, cookie: collegeStaff }))
        .status,
    ).toBe(200);
    const denied = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: collegeStaff,
      form: { intent: "approve" },
    });
    expect(denied.status).toBe(403);
    for (const role of ["graduate", "employer"] as const) {
      const { cookie } = await signedIn(role);
      expect((await callRoute(vettingQueue.loader, { path: "/staff/vetting", cookie })).status).toBe(403);
      expect(
        (
          await callRoute(vettingItem.action, {
            path: `/staff/vetting/${id}`,
            params: { id },
            cookie,
            form: { intent: "approve" },
          })
        ).status,
      ).toBe(403);
    }
    const anonymous = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      form: { intent: "approve" },
    });
    expect(anonymous.status).toBe(302);

    const approved = await callRoute(vettingItem.action, {
      path: `/staff/vetting/${id}`,
      params: { id },
      cookie: schoolStaff,
      form: { intent: "approve" },
    });
    expect(approved.status).toBe(302);
    // Back on the queue, staff are told what they decided on which posting (issue 15: no confirmation).
    const back = await callRoute(vettingQueue.loader, { path: approved.location!, cookie: schoolStaff });
    const decided = (back.data as { decided: { decision: "approve"; title: string; postingId: string } | null })
      .decided;
    expect(decided).toEqual({ decision: "approve", title: "储备干部", postingId: id });
    expect(translate("zh-CN", `vetting.decided.${decided!.decision}`, { title: decided!.title })).toBe(
      "已通过并发布：储备干部。单位已收到邮件通知。",
    );
    const plain = await callRoute(vettingQueue.loader, { path: "/staff/vetting", cookie: schoolStaff });
    expect((plain.data as { decided: unknown }).decided).toBeNull();
    const [row] = await (await getDb()).select().from(postings).where(eq(postings.id, id));
    expect(row?.status).toBe("published");
    expect((await callRoute(job.loader, { path: `/jobs/${id}`, params: { id } })).status).toBe(200);
  });

  it("answers 403 to college staff who try to verify or suspend an employer", async () => {
    const { employer } = await employerWithOrganisation({ verified: false });
    const denied = await callRoute(staffEmployer.action, {
      path: `/staff/employers/${employer.id}`,
      params: { id: employer.id },
      cookie: collegeStaff,
      form: { intent: "verify" },
    });
    expect(denied.status).toBe(403);
    const ok = await callRoute(staffEmployer.action, {
      path: `/staff/employers/${employer.id}`,
      params: { id: employer.id },
      cookie: schoolStaff,
      form: { intent: "verify" },
    });
    expect(ok.status).toBe(200);
    const reject = await callRoute(staffEmployer.action, {
      path: `/staff/employers/${employer.id}`,
      params: { id: employer.id },
      cookie: schoolStaff,
      form: { intent: "suspend", reasons: "" },
    });
    expect(reject.status).toBe(400);
  });

  it("refuses a decision the employer's state does not allow, in each reader's own language", async () => {
    const { employer } = await employerWithOrganisation({ verified: true });
    const twice = await callRoute(staffEmployer.action, {
      path: `/staff/employers/${employer.id}`,
      params: { id: employer.id },
      cookie: schoolStaff,
      form: { _formId: "decide", intent: "verify", reasons: "" },
    });
    expect(twice.status).toBe(409);
    const failure = twice.data as { form: string; errors: { _form: Message[] } };
    expect(failure.form).toBe("decide");
    const [refusal] = failure.errors._form;
    expect(translate("zh-CN", refusal!)).toBe("当前状态为“已认证”，无法执行“通过认证”。");
    expect(translate("en", refusal!)).toBe("“Verify” is not possible while the status is “Verified”.");
  });

  it("answers 403 when an employer opens or changes another employer's posting", async () => {
    const owner = await employerWithOrganisation();
    const other = await employerWithOrganisation();
    const id = await createPosting(
      await getDb(),
      { userId: owner.user.id },
      { content: postingContent({ title: "人力资源专员" }), submit: false },
    );
    expect(
      (
        await callRoute(employerPosting.loader, {
          path: `/employer/postings/${id}`,
          params: { id },
          cookie: other.cookie,
        })
      ).status,
    ).toBe(403);
    const change = await callRoute(employerPosting.action, {
      path: `/employer/postings/${id}`,
      params: { id },
      cookie: other.cookie,
      form: { intent: "withdraw" },
    });
    expect(change.status).toBe(403);
    expect(
      (
        await callRoute(employerPosting.loader, {
          path: `/employer/postings/${id}`,
          params: { id },
          cookie: owner.cookie,
        })
      ).status,
    ).toBe(200);
  });

  it("shows the employer a posting in review with its content, and lets them recall it to a draft", async () => {
    const owner = await employerWithOrganisation();
    const id = await createPosting(
      await getDb(),
      { userId: owner.user.id },
      {
        content: postingContent({ title: "嵌入式软件工程师", duties: "负责车载控制器固件开发与测试。" }),
        submit: true,
      },
    );
    const page = await callRoute(employerPosting.loader, {
      path: `/employer/postings/${id}`,
      params: { id },
      cookie: owner.cookie,
    });
    const data = page.data as { posting: { status: string }; content: { title: string; duties: string } };
    expect(data.posting.status).toBe("submitted");
    expect(data.content).toMatchObject({ title: "嵌入式软件工程师", duties: "负责车载控制器固件开发与测试。" });

    const recalled = await callRoute(employerPosting.action, {
      path: `/employer/postings/${id}`,
      params: { id },
      cookie: owner.cookie,
      form: { intent: "recall" },
    });
    expect(recalled.status).toBe(200);
    const [row] = await (await getDb()).select().from(postings).where(eq(postings.id, id));
    expect(row?.status).toBe("draft");
    // A second recall (double submit) is refused: the posting is no longer in review.
    const again = await callRoute(employerPosting.action, {
      path: `/employer/postings/${id}`,
      params: { id },
      cookie: owner.cookie,
      form: { intent: "recall" },
    });
    expect(again.status).toBe(409);
  });

  it("validates the posting form field by field and keeps what was typed", async () => {
    const { cookie } = await employerWithOrganisation();
    const result = await callRoute(newPosting.action, {
      path: "/employer/postings/new",
      cookie,
      form: {
        intent: "submit",
        title: "大数据开发工程师",
        category: "软件开发",
        jobType: "full_time",
        headcount: "2",
        duties: "负责数据仓库建设与ETL开发。",
        requirements: "熟悉Hive与Spark。",
        degree: "bachelor",
        cities: "杭州，火星",
        salaryMin: "15000",
        salaryMax: "9000",
        deadline: "2020-01-01",
      },
    });
    expect(result.status).toBe(400);
    const body = result.data as { values: Record<string, string> };
    expect(errorKeys(result).salaryMax).toEqual(["posting.salary.order"]);
    expect(errorKeys(result).cities).toEqual(["posting.cities.unknown"]);
    expect(body.values.title).toBe("大数据开发工程师");
    const noPay = await callRoute(newPosting.action, {
      path: "/employer/postings/new",
      cookie,
      form: {
        intent: "submit",
        title: "大数据开发工程师",
        category: "软件开发",
        jobType: "full_time",
        headcount: "2",
        duties: "负责数据仓库建设与ETL开发。",
        requirements: "熟悉Hive与Spark。",
        degree: "bachelor",
        cities: "杭州",
        salaryMin: "",
        salaryMax: "",
        deadline: "2099-01-01",
      },
    });
    expect(noPay.status).toBe(400);
    expect(errorKeys(noPay).salaryMin).toEqual(["posting.salary.required"]);
  });
});
