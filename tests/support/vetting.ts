import { getDb } from "../../app/db.server";
import { makeCreditCode } from "../../app/employers/credit-code";
import { decideEmployer, registerEmployer } from "../../app/employers/employers.server";
import { EmployerRegistrationSchema } from "../../app/employers/schema";
import { storeUpload } from "../../app/files/uploads.server";
import { getSearchClient, postingsIndex, prepareSearchIndexes } from "../../app/services.server";
import type { PostingContent } from "../../db/schema";
import type { PostingDocument } from "../../search/documents";
import { signedIn } from "./people";

let serial = 0;
/** A real-format credit code, unique within the run. */
export function testCreditCode(region = "330100"): string {
  serial += 1;
  return makeCreditCode(
    `91${region}${String(Date.now() % 1e6).padStart(6, "0")}${String(serial).padStart(3, "0")}`.replace(
      /[IOSVZ]/g,
      "0",
    ),
  );
}

export function pdfFile(name = "营业执照.pdf"): File {
  return new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], name, {
    type: "application/pdf",
  });
}

export function employerForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: "杭州星河数据科技有限公司",
    creditCode: testCreditCode(),
    type: "private",
    industry: "互联网/IT",
    province: "浙江省",
    city: "杭州",
    address: "杭州市滨江区长河街道江南大道588号",
    website: "https://www.xinghe-data.cn",
    contactEmail: "hr@xinghe-data.cn",
    contactPhone: "0571-87654321",
    description: "专注政务数据平台的软件企业。",
    ...overrides,
  };
}

/** An employer member signed in, with their employer registered (and verified unless asked not to). */
export async function employerWithOrganisation(
  options: { verified?: boolean; name?: string; staffUserId?: string } = {},
) {
  const member = await signedIn("employer");
  const db = await getDb();
  const input = EmployerRegistrationSchema.parse(employerForm(options.name ? { name: options.name } : {}));
  const stored = await storeUpload("licence", pdfFile(), "licence");
  const employer = await registerEmployer(db, { userId: member.user.id }, { registration: input, licence: stored });
  if (options.verified !== false) {
    const staff = options.staffUserId ?? (await signedIn("staff")).user.id;
    await decideEmployer(
      db,
      { userId: staff, scope: { kind: "school" } },
      { employerId: employer.id, event: "verify" },
    );
  }
  return { ...member, employer };
}

export function postingContent(overrides: Partial<PostingContent> = {}): PostingContent {
  return {
    title: "Java后端开发工程师",
    category: "软件开发",
    jobType: "full_time",
    headcount: 3,
    duties: "负责政务数据平台后端服务的设计、开发与维护，参与代码评审。",
    requirements: "熟悉Java与Spring Boot，了解PostgreSQL；计算机相关专业本科及以上。",
    degree: "bachelor",
    majors: ["计算机科学与技术", "软件工程"],
    cities: [{ province: "浙江省", city: "杭州" }],
    salaryMin: 12000,
    salaryMax: 18000,
    benefits: "五险一金，年终奖，带薪年假",
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    contact: "",
    ...overrides,
  };
}

export async function searchIndex(q: string): Promise<PostingDocument[]> {
  const result = await getSearchClient().index<PostingDocument>(postingsIndex()).search(q, { limit: 100 });
  return result.hits;
}

export async function ensureIndex() {
  await prepareSearchIndexes();
}
