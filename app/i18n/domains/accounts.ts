/**
 * Forgotten password, the mail language of an account, and the confirmation step before acts with
 * legal or irreversible weight (issue 15), merged into ../messages.ts.
 */
export const accountsMessages = {
  // Forgotten password
  "password.forgot.link": { zh: "忘记密码？", en: "Forgot your password?" },
  "password.forgot.title": { zh: "忘记密码", en: "Forgotten password" },
  "password.forgot.lead": {
    zh: "请输入账户使用的邮箱。我们会向该邮箱发送一个设置新密码的链接。",
    en: "Enter the e-mail address of your account. We will mail it a link to choose a new password.",
  },
  "password.forgot.submit": { zh: "发送重置链接", en: "Send the reset link" },
  "password.forgot.sentTitle": { zh: "请查收邮件", en: "Check your mail" },
  "password.forgot.sent": {
    zh: "如果有账户使用此邮箱，设置新密码的链接已发送到该邮箱，{minutes} 分钟内有效，只能使用一次。几分钟内没有收到，请检查垃圾邮件箱，或稍后重新申请。",
    en: "If an account uses this address, a link to choose a new password is on its way. It works once, for {minutes} {minutes:minute|minutes}. Nothing after a few minutes? Look in the spam folder, or ask again later.",
  },
  "password.forgot.back": { zh: "返回登录", en: "Back to sign-in" },
  "password.reset.title": { zh: "设置新密码", en: "Choose a new password" },
  "password.reset.lead": {
    zh: "保存新密码后，此账户在所有设备上的登录都会退出，请用新密码重新登录。",
    en: "Once the new password is saved, this account is signed out on every device; sign in again with the new password.",
  },
  "password.reset.new": { zh: "新密码", en: "New password" },
  "password.reset.again": { zh: "再次输入新密码", en: "New password again" },
  "password.reset.submit": { zh: "保存新密码", en: "Save the new password" },
  "password.reset.askAgain": { zh: "重新申请重置链接", en: "Ask for a new link" },
  "password.reset.link.invalid": {
    zh: "此重置链接无效。请重新申请。",
    en: "This reset link is not valid. Ask for a new one.",
  },
  "password.reset.link.used": {
    zh: "此重置链接已经使用过（或已有更新的链接）。请重新申请。",
    en: "This reset link has been used already (or a newer one was sent). Ask for a new one.",
  },
  "password.reset.link.expired": {
    zh: "此重置链接已过期。请重新申请。",
    en: "This reset link has expired. Ask for a new one.",
  },
  "password.reset.done": {
    zh: "密码已更改，所有设备上的登录均已退出。请用新密码登录。",
    en: "Your password was changed and every device was signed out. Sign in with the new password.",
  },
  "password.mismatch": { zh: "两次输入的密码不一致。", en: "The two passwords are not the same." },

  // Mail language (one rule for every mail)
  "invite.mailLanguage": { zh: "对方的邮件语言", en: "Their mail language" },
  "mailLanguage.title": { zh: "邮件语言", en: "Mail language" },
  "mailLanguage.lead": {
    zh: "本平台发给您的所有邮件都使用这里选择的语言。页面顶部的语言切换只改变页面语言，不改变邮件语言。",
    en: "Every mail this site sends you is written in the language chosen here. The language switch at the top of the page changes the pages only, not your mail.",
  },
  "mailLanguage.field": { zh: "邮件语言", en: "Mail language" },
  "mailLanguage.zh-CN": { zh: "中文", en: "Chinese (中文)" },
  "mailLanguage.en": { zh: "英文（English）", en: "English" },
  "mailLanguage.save": { zh: "保存", en: "Save" },
  "mailLanguage.saved": { zh: "邮件语言已保存。", en: "Mail language saved." },
  "mailLanguage.link": { zh: "设置邮件语言", en: "Choose the language of your mail" },
  "mailLanguage.invalid": { zh: "请选择中文或英文。", en: "Choose Chinese or English." },

  // The confirmation step
  "confirm.title": { zh: "请确认", en: "Please confirm" },
  "confirm.next": { zh: "确认后：", en: "What happens next:" },
  "confirm.cancel": { zh: "取消，返回", en: "Cancel and go back" },
  "confirm.notAllowed": {
    zh: "当前状态不允许此操作，请刷新页面查看最新状态。",
    en: "This is not possible in the current state. Reload the page to see the latest.",
  },
  "confirm.final": { zh: "此操作不能撤销。", en: "This cannot be undone." },

  "confirm.offer.accepted.title": {
    zh: "接受 {employer} 的录用：{posting}",
    en: "Accept the offer of {employer}: {posting}",
  },
  "confirm.offer.accepted.next": {
    zh: "单位会收到您接受录用的通知，下一步通常是单位向您发送三方协议（就业协议书）。签署协议前，请在协议中核对试用期、违约金和报到日期。",
    en: "The employer is told you accepted; next, it usually sends you a three-party employment agreement (三方协议). Check the probation, breach penalty and start date in it before you accept it.",
  },
  "confirm.offer.accepted.submit": { zh: "确认接受录用", en: "Yes, accept the offer" },
  "confirm.offer.declined.title": {
    zh: "婉拒 {employer} 的录用：{posting}",
    en: "Decline the offer of {employer}: {posting}",
  },
  "confirm.offer.declined.next": {
    zh: "单位会收到您婉拒的通知，此投递随即结束。",
    en: "The employer is told you declined, and this application ends.",
  },
  "confirm.offer.declined.submit": { zh: "确认婉拒录用", en: "Yes, decline the offer" },
  "confirm.offer.withdrawn.title": {
    zh: "撤回对 {employer} 的投递：{posting}",
    en: "Withdraw your application to {employer}: {posting}",
  },
  "confirm.offer.withdrawn.next": {
    zh: "单位将不再处理此投递；如仍有意向，需要重新投递（岗位仍开放时）。",
    en: "The employer stops considering it; to be considered again you would apply anew (while the posting is open).",
  },
  "confirm.offer.withdrawn.submit": { zh: "确认撤回投递", en: "Yes, withdraw the application" },

  "confirm.agreement.accept.title": {
    zh: "接受 {employer} 的三方协议：{position}",
    en: "Accept the agreement with {employer}: {position}",
  },
  "confirm.agreement.accept.next": {
    zh: "接受后协议具有约束力，交学院和学校审核鉴证，您不能再修改或撤回。鉴证后如要解约，须取得单位的解约函，并按约定支付违约金 {penalty} 元，经学院和学校审核。",
    en: "Once accepted the agreement binds you: it goes to the college and the school for review and registration, and you can no longer change or withdraw it. To end it after registration you need the employer's release letter, pay the agreed breach penalty of {penalty} yuan, and have it reviewed by the college and the school.",
  },
  "confirm.agreement.accept.submit": { zh: "确认接受协议", en: "Yes, accept the agreement" },
  "confirm.agreement.withdraw.title": {
    zh: "撤回发给 {graduate} 的三方协议：{position}",
    en: "Withdraw the agreement sent to {graduate}: {position}",
  },
  "confirm.agreement.withdraw.next": {
    zh: "撤回后此协议作废，毕业生不能再接受，并会收到邮件通知。如仍要签约，需要重新起草并发送。",
    en: "Once withdrawn the agreement is void: the graduate can no longer accept it and is told by mail. To sign after all you would draft and send a new one.",
  },
  "confirm.agreement.withdraw.submit": { zh: "确认撤回协议", en: "Yes, withdraw the agreement" },
  "confirm.agreement.request_breach.title": {
    zh: "申请解除与 {employer} 的三方协议（编号 {number}）",
    en: "Ask to end the agreement with {employer} (number {number})",
  },
  "confirm.agreement.request_breach.next": {
    zh: "协议约定的违约金为 {penalty} 元，按协议约定由提出解约的一方支付。请上传单位出具的解约函（PDF）。学院和学校审核通过后协议解除，您需要重新填报毕业去向；审核期间协议仍然有效。",
    en: "The agreed breach penalty is {penalty} yuan, payable under the agreement by the party that ends it. Upload the employer's release letter (PDF). Once the college and the school approve, the agreement ends and you report your destination again; until then it stays in force.",
  },
  "confirm.agreement.request_breach.submit": { zh: "提交解约申请", en: "Send the termination request" },

  "confirm.employer.reject.title": { zh: "驳回 {employer} 的单位认证", en: "Reject {employer}" },
  "confirm.employer.reject.next": {
    zh: "单位将不能发布岗位、查看申请人，单位成员会收到附有理由的邮件；单位修改资料后可重新提交审核。",
    en: "The employer can no longer publish postings or see applicants; its members get a mail with the reasons, and it may correct its details and ask again.",
  },
  "confirm.employer.reject.submit": { zh: "确认驳回", en: "Yes, reject" },
  "confirm.employer.suspend.title": { zh: "暂停 {employer}", en: "Suspend {employer}" },
  "confirm.employer.suspend.next": {
    zh: "单位的岗位将从公开列表中撤下，单位不能再查看申请人或发起新的操作，单位成员会收到附有理由的邮件。之后可以恢复。",
    en: "Its postings leave the public lists, it can no longer see applicants or change anything, and its members get a mail with the reasons. It can be reinstated later.",
  },
  "confirm.employer.suspend.submit": { zh: "确认暂停", en: "Yes, suspend" },
  "confirm.employer.reasons": { zh: "理由", en: "Reasons" },
  "agreement.actions": { zh: "操作", en: "Actions" },
} as const;
