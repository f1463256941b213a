/** User-facing strings of the edge layer and the security guards, merged into ../messages.ts. */
export const securityMessages = {
  "edge.tooLarge": {
    zh: "提交的内容太大（上限 {limit}）。请缩小文件或删减文字后再试。",
    en: "What you sent is too large (limit {limit}). Make the file smaller or the text shorter and try again.",
  },
  "edge.crossSite": {
    zh: "此请求不是从本站页面发出的，已被拒绝。请回到本站页面重新操作。",
    en: "This request did not come from a page of this site and was refused. Go back to the site and try again.",
  },
  "edge.malformed": {
    zh: "提交的表单无法读取，请刷新页面后重试。",
    en: "The form you sent could not be read. Reload the page and try again.",
  },
  "edge.badPath": { zh: "页面不存在。", en: "This page does not exist." },
  "edge.title": { zh: "请求未被处理", en: "The request was not handled" },
  "edge.requestId": { zh: "请求编号：{id}", en: "Request id: {id}" },
  "edge.back": { zh: "返回首页", en: "Back to the home page" },
  "error.requestId": {
    zh: "如需联系就业指导中心，请提供请求编号 {id}。",
    en: "If you contact the career centre, quote request id {id}.",
  },
  "link.tooMany": {
    zh: "今天的关联申请次数已用完，请明天再试或联系就业指导中心。",
    en: "You have made as many link requests as allowed today. Try again tomorrow or contact the career centre.",
  },
  "link.claim.invalid": {
    zh: "此确认链接无效，或属于其他账户。请登录提出申请的账户后再打开。",
    en: "This confirmation link is not valid, or belongs to another account. Sign in to the account that asked and open it again.",
  },
  "link.claim.expired": {
    zh: "此确认链接已过期，请重新提交关联申请。",
    en: "This confirmation link has expired. Please ask to be linked again.",
  },
  "link.claim.lead": {
    zh: "确认将本账户关联到名册中的毕业生记录？",
    en: "Link this account to your record in the graduate roster?",
  },
  "link.claim.confirm": { zh: "确认关联", en: "Confirm the link" },
  "link.unlink.notLinked": { zh: "该名册记录没有关联账户。", en: "This roster entry has no account linked." },
  "link.unlink.title": { zh: "解除名册关联", en: "Undo the roster link" },
  "link.unlink.lead": {
    zh: "毕业生本人否认此关联时使用：该名册记录将不再属于当前账户，并向名册登记的邮箱重新发送激活链接。",
    en: "Use this when the graduate disputes the link: the roster entry no longer belongs to the current account, and a new activation link goes to the e-mail address on the roster.",
  },
  "link.unlink.reason": { zh: "原因（记入审计日志）", en: "Reason (kept in the audit log)" },
  "link.unlink.submit": { zh: "解除关联", en: "Undo the link" },
  "link.unlink.done": { zh: "已解除关联。", en: "The link was undone." },
  "employer.standing.suspended": {
    zh: "贵单位已被暂停，暂不能查看应聘者、简历和联系方式，也不能更改任何状态；已发布的职位仍可查看。如有疑问请联系就业指导中心。",
    en: "Your organisation is suspended: applicants, résumés and contact details are not shown and nothing can be changed; your postings can still be read. Contact the career centre with any questions.",
  },
  "employer.standing.rejected": {
    zh: "贵单位未通过审核，不能查看应聘者、简历和联系方式，也不能更改任何状态。如有疑问请联系就业指导中心。",
    en: "Your organisation was not approved: applicants, résumés and contact details are not shown and nothing can be changed. Contact the career centre with any questions.",
  },
  "employer.invite.otherAddress": {
    zh: "此邀请发给 {email}。请使用该邮箱注册或登录的用人单位账户打开链接。",
    en: "This invitation was sent to {email}. Open the link signed in to the employer account with that address.",
  },
} as const;
