/**
 * Signals shown to staff next to an employer's application. None decides on its own; together
 * they tell a reviewer where to look (docs/domain/employers-and-postings.md: webmail and no
 * landline are warning signs).
 */
export const FREE_WEBMAIL_DOMAINS = [
  "qq.com",
  "foxmail.com",
  "163.com",
  "126.com",
  "yeah.net",
  "sina.com",
  "sina.cn",
  "sohu.com",
  "aliyun.com",
  "139.com",
  "189.cn",
  "gmail.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "yahoo.com",
  "icloud.com",
] as const;

export interface TrustInput {
  contactEmail: string;
  website: string | null;
  contactPhone: string;
  isAgency: boolean;
  hrLicenceNo: string | null;
  sameNameCount: number;
  earlierRejections: number;
}

export interface TrustSignal {
  id: string;
  tone: "good" | "warn" | "bad";
  message: { zh: string; en: string };
}

function registrableDomain(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, "")
    .split(".")
    .filter(Boolean);
  // Chinese second-level zones (com.cn, org.cn, gov.cn, edu.cn …) keep three labels.
  const keep =
    parts.length >= 3 && /^(com|net|org|gov|edu|ac)$/.test(parts.at(-2) ?? "") && parts.at(-1) === "cn" ? 3 : 2;
  return parts.slice(-keep).join(".");
}

function websiteHost(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).hostname;
  } catch {
    return null;
  }
}

export const isLandline = (phone: string) => /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(phone.replace(/\s/g, ""));

export function trustSignals(input: TrustInput): TrustSignal[] {
  const signals: TrustSignal[] = [];
  const emailDomain = input.contactEmail.split("@")[1]?.toLowerCase() ?? "";
  const host = websiteHost(input.website);
  if ((FREE_WEBMAIL_DOMAINS as readonly string[]).includes(emailDomain)) {
    signals.push({
      id: "email.webmail",
      tone: "warn",
      message: { zh: `联系邮箱为免费邮箱（${emailDomain}）`, en: `Contact e-mail is free webmail (${emailDomain})` },
    });
  } else if (host && registrableDomain(host) === registrableDomain(emailDomain)) {
    signals.push({
      id: "email.company_domain",
      tone: "good",
      message: { zh: "联系邮箱与单位网站域名一致", en: "Contact e-mail is on the company's own domain" },
    });
  } else {
    signals.push({
      id: "email.other_domain",
      tone: "warn",
      message: { zh: "联系邮箱域名与单位网站不一致", en: "Contact e-mail domain differs from the website" },
    });
  }
  signals.push(
    host
      ? { id: "website.present", tone: "good", message: { zh: `有单位网站（${host}）`, en: `Has a website (${host})` } }
      : { id: "website.missing", tone: "warn", message: { zh: "未提供单位网站", en: "No website given" } },
  );
  signals.push(
    isLandline(input.contactPhone)
      ? { id: "phone.landline", tone: "good", message: { zh: "提供了固定电话", en: "A landline is given" } }
      : {
          id: "phone.mobile_only",
          tone: "warn",
          message: { zh: "仅提供手机号，无固定电话", en: "Mobile number only, no landline" },
        },
  );
  if (input.sameNameCount > 0) {
    signals.push({
      id: "name.duplicate",
      tone: "bad",
      message: {
        zh: `另有 ${input.sameNameCount} 家同名单位`,
        en: `${input.sameNameCount} other employer(s) with the same name`,
      },
    });
  }
  if (input.earlierRejections > 0) {
    signals.push({
      id: "history.rejected",
      tone: "bad",
      message: {
        zh: `此前被驳回 ${input.earlierRejections} 次`,
        en: `Rejected ${input.earlierRejections} time(s) before`,
      },
    });
  }
  if (input.isAgency && !input.hrLicenceNo) {
    signals.push({
      id: "agency.no_licence",
      tone: "bad",
      message: { zh: "人力资源服务机构未提供人力资源服务许可证", en: "HR agency without an HR service licence" },
    });
  }
  return signals;
}
