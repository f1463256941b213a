/**
 * Every user-facing string, zh-CN first. Validation messages in zod schemas are keys of this
 * table, so one schema serves the form (rendered in the reader's language) and the JSON API
 * (which returns both languages).
 */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const messages = {
  "app.name": { zh: "就业", en: "jiuye" },
  "app.tagline": { zh: "毕业生就业服务平台", en: "Graduate employment service" },
  "nav.home": { zh: "首页", en: "Home" },
  "nav.jobs": { zh: "找工作", en: "Jobs" },
  "nav.login": { zh: "登录", en: "Sign in" },
  "nav.register": { zh: "注册", en: "Register" },
  "nav.logout": { zh: "退出登录", en: "Sign out" },
  "nav.account": { zh: "我的账户", en: "My account" },
  "nav.staff.mail": { zh: "邮件发件箱", en: "Mail outbox" },
  "nav.staff.graduates": { zh: "毕业生名册", en: "Graduate roster" },
  "nav.admin.users": { zh: "用户管理", en: "Users" },
  "nav.admin.audit": { zh: "审计日志", en: "Audit log" },
  "nav.skip": { zh: "跳到正文", en: "Skip to content" },
  "nav.menu": { zh: "主导航", en: "Main navigation" },
  "lang.switch": { zh: "English", en: "中文" },
  "lang.label": { zh: "切换语言", en: "Switch language" },

  "role.graduate": { zh: "毕业生", en: "Graduate" },
  "role.employer": { zh: "用人单位", en: "Employer" },
  "role.staff": { zh: "就业指导教师", en: "Career staff" },
  "role.admin": { zh: "管理员", en: "Administrator" },

  "home.title": { zh: "让每一位毕业生都找到去处", en: "A destination for every graduate" },
  "home.lead": {
    zh: "学校就业指导中心的线上服务：单位审核、岗位发布、求职投递、在线面试、三方协议网签与毕业去向跟踪。",
    en: "The career centre online: vetted employers and postings, applications, online interviews, three-party agreements and graduate destinations.",
  },
  "home.graduates": { zh: "毕业生", en: "Graduates" },
  "home.graduates.body": { zh: "完善简历，获得推荐岗位，在线投递与签约。", en: "Keep a profile, get matched postings, apply and sign online." },
  "home.employers": { zh: "用人单位", en: "Employers" },
  "home.employers.body": { zh: "注册单位，发布经审核的招聘信息。", en: "Register your organisation and publish vetted postings." },
  "home.staff": { zh: "就业指导中心", en: "Career centre" },
  "home.staff.body": { zh: "审核单位与岗位，跟踪毕业去向与落实率。", en: "Vet employers and postings, track destinations and the employment rate." },
  "home.stats": { zh: "本校概况", en: "At a glance" },
  "home.stats.colleges": { zh: "个学院", en: "colleges" },
  "home.stats.majors": { zh: "个专业", en: "majors" },
  "home.stats.graduates": { zh: "名毕业生", en: "graduates on the roster" },

  "auth.email": { zh: "电子邮箱", en: "E-mail" },
  "auth.password": { zh: "密码", en: "Password" },
  "auth.password.hint": {
    zh: "至少 8 个字符，可使用长句作为密码。",
    en: "At least 8 characters; long passphrases are welcome.",
  },
  "auth.displayName": { zh: "姓名或称呼", en: "Name" },
  "auth.role": { zh: "我是", en: "I am" },
  "auth.login.title": { zh: "登录", en: "Sign in" },
  "auth.login.submit": { zh: "登录", en: "Sign in" },
  "auth.login.failed": { zh: "邮箱或密码不正确。", en: "The e-mail or password is not correct." },
  "auth.login.noAccount": { zh: "还没有账户？", en: "No account yet?" },
  "auth.register.title": { zh: "注册账户", en: "Create an account" },
  "auth.register.submit": { zh: "注册", en: "Create account" },
  "auth.register.taken": { zh: "该邮箱已注册，请直接登录。", en: "This e-mail is already registered; please sign in." },
  "auth.register.staffNote": {
    zh: "就业指导教师与管理员账户由管理员创建。",
    en: "Career staff and administrator accounts are created by an administrator.",
  },
  "auth.rateLimited": {
    zh: "尝试次数过多，请稍后再试。",
    en: "Too many attempts. Please wait a minute and try again.",
  },
  "auth.loggedOut": { zh: "您已退出登录。", en: "You have signed out." },

  "form.errors": { zh: "请修正以下问题：", en: "Please correct the following:" },
  "form.required": { zh: "此项必填", en: "This field is required" },
  "form.invalid": { zh: "格式不正确", en: "This value is not valid" },
  "form.email": { zh: "请输入有效的电子邮箱", en: "Enter a valid e-mail address" },
  "form.tooLong": { zh: "内容过长", en: "This is too long" },
  "form.unknownIntent": { zh: "未知的操作", en: "Unknown action" },
  "password.tooShort": { zh: "密码至少需要 8 个字符", en: "The password needs at least 8 characters" },
  "password.tooLong": { zh: "密码不能超过 256 个字符", en: "The password may not exceed 256 characters" },
  "password.weak": {
    zh: "密码过于简单（如重复字符或常见密码），请换一个",
    en: "This password is too easy to guess (repeated or common); choose another",
  },
  "password.containsEmail": { zh: "密码不能包含邮箱地址", en: "The password may not contain your e-mail address" },
  "displayName.tooShort": { zh: "请填写姓名或称呼", en: "Enter your name" },

  "account.title": { zh: "我的账户", en: "My account" },
  "account.sessions": { zh: "登录设备", en: "Signed-in sessions" },
  "account.session.current": { zh: "当前会话", en: "This session" },
  "account.session.revoke": { zh: "注销该会话", en: "Sign this session out" },
  "account.session.started": { zh: "登录时间", en: "Signed in" },
  "account.session.lastSeen": { zh: "最近活动", en: "Last active" },
  "account.session.device": { zh: "设备", en: "Device" },
  "account.scope": { zh: "工作范围", en: "Scope" },
  "account.scope.school": { zh: "全校", en: "Whole school" },

  "mail.title": { zh: "本地邮件发件箱", en: "Local mail outbox" },
  "mail.lead": {
    zh: "未配置 SMTP 服务器时，系统发送的邮件保存在这里。",
    en: "With no SMTP server configured, mail the system sends is kept here.",
  },
  "mail.empty": { zh: "暂无邮件。", en: "No mail yet." },
  "mail.to": { zh: "收件人", en: "To" },
  "mail.subject": { zh: "主题", en: "Subject" },
  "mail.sentAt": { zh: "时间", en: "Sent" },
  "mail.queue": { zh: "待发送队列", en: "Queue" },
  "mail.queue.pending": { zh: "待发送", en: "pending" },
  "mail.queue.failing": { zh: "重试中", en: "retrying" },
  "mail.viewHtml": { zh: "查看 HTML 版本", en: "View the HTML version" },

  "graduates.title": { zh: "毕业生名册", en: "Graduate roster" },
  "graduates.search": { zh: "按姓名或学号查找", en: "Find by name or student number" },
  "graduates.cohort": { zh: "届别", en: "Cohort" },
  "graduates.college": { zh: "学院", en: "College" },
  "graduates.major": { zh: "专业", en: "Major" },
  "graduates.degree": { zh: "学历", en: "Degree" },
  "graduates.name": { zh: "姓名", en: "Name" },
  "graduates.studentNo": { zh: "学号", en: "Student no." },
  "graduates.gender": { zh: "性别", en: "Gender" },
  "graduates.phone": { zh: "手机号", en: "Phone" },
  "graduates.email": { zh: "邮箱", en: "E-mail" },
  "graduates.account": { zh: "账户", en: "Account" },
  "graduates.account.active": { zh: "已激活", en: "active" },
  "graduates.account.none": { zh: "未激活", en: "not activated" },
  "graduates.total": { zh: "共 {count} 人", en: "{count} graduates" },
  "graduates.all": { zh: "全部", en: "All" },
  "graduates.auditNote": {
    zh: "查看个人联系方式会记入审计日志。",
    en: "Viewing personal contact details is recorded in the audit log.",
  },
  "gender.male": { zh: "男", en: "Male" },
  "gender.female": { zh: "女", en: "Female" },
  "degree.associate": { zh: "专科", en: "Associate" },
  "degree.bachelor": { zh: "本科", en: "Bachelor" },
  "degree.master": { zh: "硕士研究生", en: "Master" },
  "degree.doctor": { zh: "博士研究生", en: "Doctorate" },
  "pager.prev": { zh: "上一页", en: "Previous" },
  "pager.next": { zh: "下一页", en: "Next" },
  "pager.page": { zh: "第 {page} / {pages} 页", en: "Page {page} of {pages}" },

  "users.title": { zh: "用户管理", en: "Users" },
  "users.create": { zh: "创建教师或管理员账户", en: "Create a staff or administrator account" },
  "users.create.submit": { zh: "创建账户", en: "Create account" },
  "users.created": { zh: "账户已创建，已发送通知邮件。", en: "Account created; a notice was mailed." },
  "users.scope": { zh: "工作范围", en: "Scope" },
  "users.scope.required": { zh: "请选择学院或全校", en: "Choose a college or the whole school" },
  "users.list": { zh: "最近的账户", en: "Recent accounts" },
  "users.disable": { zh: "停用", en: "Disable" },

  "audit.title": { zh: "审计日志", en: "Audit log" },
  "audit.when": { zh: "时间", en: "When" },
  "audit.who": { zh: "操作人", en: "Who" },
  "audit.action": { zh: "操作", en: "Action" },
  "audit.subject": { zh: "对象", en: "Subject" },

  "error.forbidden": { zh: "您没有权限访问此页面。", en: "You do not have permission to see this page." },
  "error.notFound": { zh: "页面不存在。", en: "This page does not exist." },
  "error.generic": { zh: "出错了，请稍后再试。", en: "Something went wrong. Please try again later." },
  "error.title": { zh: "无法显示此页面", en: "This page cannot be shown" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, value);
}

export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const entry = isMessageKey(key) ? messages[key] : undefined;
  let text: string = entry ? (locale === "en" ? entry.en : entry.zh) : key;
  if (params) for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** Both languages of a message, for JSON answers that do not know the reader's language. */
export function bilingual(key: string): { zh: string; en: string } {
  return isMessageKey(key) ? { ...messages[key] } : { zh: key, en: key };
}

export function pickLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "zh-CN";
}
