/**
 * Every user-facing string, zh-CN first. Validation messages in zod schemas are keys of this
 * table, so one schema serves the form (rendered in the reader's language) and the JSON API
 * (which returns both languages).
 */
import { LOCALES, type Locale } from "./locale";

export { LOCALES, type Locale };

import { accountsMessages } from "./domains/accounts";
import { formatSchoolDate } from "../time";
import { agreementsMessages } from "./domains/agreements";
import { campaignsMessages } from "./domains/campaigns";
import { counsellingMessages } from "./domains/counselling";
import { fairsMessages } from "./domains/fairs";
import { talksMessages } from "./domains/talks";
import { graduatesMessages } from "./domains/graduates";
import { interviewsMessages } from "./domains/interviews";
import { programmesMessages } from "./domains/programmes";
import { reportsMessages } from "./domains/reports";
import { searchMessages } from "./domains/search";
import { securityMessages } from "./domains/security";
import { supportMessages } from "./domains/support";
import { uxMessages } from "./domains/ux";

const coreMessages = {
  "app.name": { zh: "就业", en: "jiuye" },
  "list.separator": { zh: "、", en: ", " },
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
  "home.graduates.body": {
    zh: "完善简历，获得推荐岗位，在线投递与签约。",
    en: "Keep a profile, get matched postings, apply and sign online.",
  },
  "home.employers": { zh: "用人单位", en: "Employers" },
  "home.employers.body": {
    zh: "注册单位，发布经审核的招聘信息。",
    en: "Register your organisation and publish vetted postings.",
  },
  "home.staff": { zh: "就业指导中心", en: "Career centre" },
  "home.staff.body": {
    zh: "审核单位与岗位，跟踪毕业去向与落实率。",
    en: "Vet employers and postings, track destinations and the employment rate.",
  },
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
  "auth.register.sentTitle": { zh: "请查收邮件", en: "Check your mail" },
  "auth.register.sent": {
    zh: "我们已向您填写的邮箱发送了一封邮件。请在 2 小时内打开其中的链接完成注册；如果没有收到，请检查垃圾邮件文件夹。",
    en: "We sent a mail to the address you gave. Open the link in it within 2 hours to finish; if it has not arrived, look in your spam folder.",
  },
  "auth.register.signIn": { zh: "已有账户？登录", en: "Already have an account? Sign in" },
  "registration.confirm.title": { zh: "完成注册", en: "Finish creating your account" },
  "registration.confirm.lead": {
    zh: "{name}，点击下面的按钮即可创建账户并登录。",
    en: "{name}, press the button below to create your account and sign in.",
  },
  "registration.confirm.submit": { zh: "创建账户", en: "Create the account" },
  "registration.link.invalid": { zh: "注册链接无效。", en: "This registration link is not valid." },
  "registration.link.used": {
    zh: "该链接已使用，请直接登录。",
    en: "This link was already used; please sign in.",
  },
  "registration.link.expired": {
    zh: "该链接已过期，请重新注册。",
    en: "This link has expired; please register again.",
  },
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
  "machine.refused.actor": { zh: "您无权执行此操作（{event}）。", en: "You may not do this ({event})." },
  "machine.refused.state": {
    zh: "当前状态为“{state}”，无法执行“{event}”。",
    en: "“{event}” is not possible while the status is “{state}”.",
  },
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
  "mail.failed.title": { zh: "无法投递的邮件", en: "Mail that could not be delivered" },
  "mail.failed.lead": {
    zh: "收件服务器永久拒收（5xx），不会再重试：请核对这些收件人的邮箱地址。",
    en: "The receiving server refused these for good (5xx) and they will not be retried: check the recipients' addresses.",
  },
  "mail.failed.code": { zh: "原因代码", en: "Reason code" },
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
  "graduates.total": { zh: "共 {count} 人", en: "{count} {count:graduate|graduates}" },
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
  "pager.label": { zh: "分页", en: "Pagination" },
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

  "nav.employer": { zh: "单位中心", en: "Employer" },
  "nav.graduate": { zh: "我的求职", en: "My job search" },
  "nav.staff.reports": { zh: "去向与落实率", en: "Destinations & rate" },
  "nav.staff.vetting": { zh: "岗位审核", en: "Posting review" },
  "nav.staff.employers": { zh: "单位审核", en: "Employers" },

  "employer.title": { zh: "单位中心", en: "Employer centre" },
  "employer.none": {
    zh: "您的账户尚未关联单位，请先登记单位信息。",
    en: "Your account has no organisation yet; register it first.",
  },
  "employer.register.title": { zh: "登记用人单位", en: "Register your organisation" },
  "employer.register.lead": {
    zh: "单位信息经学校就业指导中心审核通过后，才能发布岗位。请如实填写并上传营业执照。",
    en: "The career centre verifies every organisation before its postings go online. Fill in the details truthfully and upload the business licence.",
  },
  "employer.register.submit": { zh: "提交审核", en: "Submit for verification" },
  "employer.name": { zh: "单位名称", en: "Organisation name" },
  "employer.creditCode": { zh: "统一社会信用代码", en: "Unified social credit code" },
  "employer.creditCode.hint": { zh: "18 位，见营业执照", en: "18 characters, printed on the business licence" },
  "employer.creditCode.required": {
    zh: "请填写统一社会信用代码",
    en: "The unified social credit code is required",
  },
  "employer.creditCode.length": {
    zh: "统一社会信用代码应为18位，现为{count}位",
    en: "The credit code must be 18 characters, got {count}",
  },
  "employer.creditCode.forbiddenLetter": {
    zh: "第{pos}位字符“{char}”不合法：统一社会信用代码不使用字母 I、O、S、V、Z",
    en: 'Character {pos} ("{char}") is not allowed: credit codes never use the letters I, O, S, V or Z',
  },
  "employer.creditCode.badChar": {
    zh: "第{pos}位字符“{char}”不合法：只能是数字或除 I、O、S、V、Z 以外的大写字母",
    en: 'Character {pos} ("{char}") is not allowed: only digits and letters other than I, O, S, V, Z may be used',
  },
  "employer.creditCode.authority": {
    zh: "第1位（登记管理部门代码）“{char}”无效，应为 1–9、A、N 或 Y",
    en: 'Character 1 (registration authority) "{char}" is invalid: expected 1–9, A, N or Y',
  },
  "employer.creditCode.region": {
    zh: "第3–8位（登记管理机关行政区划码）应为6位数字，现为“{region}”",
    en: 'Characters 3–8 (administrative region code) must be 6 digits, got "{region}"',
  },
  "employer.creditCode.check": {
    zh: "校验位（第18位）不正确，请核对营业执照上的代码",
    en: "The check character (18th) does not match",
  },
  "employer.creditCode.taken": {
    zh: "该统一社会信用代码已登记。如您是该单位员工，请联系单位的已有账户邀请您加入，或联系就业指导中心。",
    en: "This credit code is already registered. Ask a colleague with an account to invite you, or contact the career centre.",
  },
  "employer.type": { zh: "单位性质", en: "Type of organisation" },
  "employer.industry": { zh: "所属行业", en: "Industry" },
  "employer.province": { zh: "所在省份", en: "Province" },
  "employer.city": { zh: "所在城市", en: "City" },
  "employer.city.unknown": { zh: "请选择所在省份中的城市", en: "Choose a city in the selected province" },
  "employer.address": { zh: "详细地址", en: "Address" },
  "employer.website": { zh: "单位网站", en: "Website" },
  "employer.website.invalid": { zh: "请输入有效的网址", en: "Enter a valid web address" },
  "employer.contactEmail": { zh: "招聘联系邮箱", en: "Recruiting e-mail" },
  "employer.contactEmail.hint": { zh: "建议使用单位域名邮箱", en: "Preferably on your organisation's own domain" },
  "employer.contactPhone": { zh: "联系电话", en: "Phone" },
  "employer.contactPhone.hint": {
    zh: "固定电话（如 0571-88886666）或手机号",
    en: "Landline (e.g. 0571-88886666) or mobile",
  },
  "employer.phone.invalid": { zh: "请输入有效的固定电话或手机号", en: "Enter a valid landline or mobile number" },
  "employer.description": { zh: "单位简介", en: "About the organisation" },
  "employer.isAgency": { zh: "本单位为人力资源服务机构（中介）", en: "We are an HR agency" },
  "employer.hrLicenceNo": { zh: "人力资源服务许可证编号", en: "HR service licence number" },
  "employer.hrLicence.required": {
    zh: "人力资源服务机构须填写许可证编号",
    en: "HR agencies must give their licence number",
  },
  "employer.licence": {
    zh: "营业执照（PDF、JPG 或 PNG，不超过 5 MB）",
    en: "Business licence (PDF, JPG or PNG, up to 5 MB)",
  },
  "employer.licence.download": { zh: "下载营业执照", en: "Download the business licence" },
  "employer.alreadyMember": { zh: "该账户已关联一个单位", en: "This account already belongs to an organisation" },
  "employer.member.noAccount": {
    zh: "未找到该邮箱的用人单位账户（请对方先注册为“用人单位”）",
    en: "No employer account with this e-mail (they must register as an employer first)",
  },
  "employer.invite": { zh: "邀请同事", en: "Invite a colleague" },
  "employer.invite.submit": { zh: "发送邀请", en: "Send invitation" },
  "employer.invite.sent": { zh: "邀请已发送。", en: "Invitation sent." },
  "employer.invite.notVerified": {
    zh: "单位通过审核后才能邀请同事",
    en: "You can invite colleagues once your organisation is verified",
  },
  "employer.invite.invalid": { zh: "邀请链接无效或已过期", en: "This invitation is invalid or has expired" },
  "employer.invite.accept": { zh: "加入该单位", en: "Join this organisation" },
  "employer.invite.title": { zh: "加入单位", en: "Join an organisation" },
  "employer.member.owner": { zh: "（创建人）", en: " (owner)" },
  "employer.invite.signIn": {
    zh: "请先以用人单位账户登录或注册，再打开此链接。",
    en: "Sign in or register as an employer first, then open this link again.",
  },
  "employer.members": { zh: "单位成员", en: "Members" },
  "employer.status": { zh: "审核状态", en: "Status" },
  "employer.state.pending": { zh: "待审核", en: "Awaiting verification" },
  "employer.state.verified": { zh: "已认证", en: "Verified" },
  "employer.state.rejected": { zh: "未通过", en: "Rejected" },
  "employer.state.suspended": { zh: "已暂停", en: "Suspended" },
  "employer.event.verify": { zh: "通过认证", en: "Verify" },
  "employer.event.reject": { zh: "驳回", en: "Reject" },
  "employer.event.suspend": { zh: "暂停", en: "Suspend" },
  "employer.event.reinstate": { zh: "恢复", en: "Reinstate" },
  "employer.event.resubmit": { zh: "重新提交审核", en: "Resubmit" },
  "employer.resubmit": { zh: "修改后重新提交审核", en: "Resubmit for verification" },
  "employer.type.government": { zh: "机关", en: "Government body" },
  "employer.type.public_institution": { zh: "事业单位", en: "Public institution" },
  "employer.type.state_owned": { zh: "国有企业", en: "State-owned enterprise" },
  "employer.type.private": { zh: "民营企业", en: "Private company" },
  "employer.type.foreign": { zh: "外资企业", en: "Foreign-invested company" },
  "employer.type.joint_venture": { zh: "合资企业", en: "Joint venture" },
  "employer.type.social_org": { zh: "社会组织", en: "Social organisation" },
  "employer.type.other": { zh: "其他", en: "Other" },
  "employer.trust": { zh: "可信度提示", en: "Trust signals" },
  "employer.addMember": { zh: "添加成员（已注册的用人单位账户）", en: "Add a member (an existing employer account)" },
  "employer.list.title": { zh: "用人单位", en: "Employers" },
  "employer.detail.title": { zh: "单位详情", en: "Employer details" },
  "employer.postings": { zh: "我的岗位", en: "My postings" },
  "employer.postings.new": { zh: "发布新岗位", en: "New posting" },
  "employer.posting.title": { zh: "岗位", en: "Posting" },
  "jobs.posting.title": { zh: "{title} · {employer}", en: "{title} · {employer}" },

  "upload.empty": { zh: "请选择文件", en: "Choose a file" },
  "upload.tooLarge": { zh: "文件不能超过 5 MB", en: "The file may not exceed 5 MB" },
  "upload.badType": {
    zh: "文件内容须为 PDF、JPG 或 PNG",
    en: "The file must be a PDF, JPEG or PNG (checked by content)",
  },

  "posting.title": { zh: "岗位名称", en: "Job title" },
  "posting.category": { zh: "岗位类别", en: "Category" },
  "posting.jobType": { zh: "工作性质", en: "Job type" },
  "posting.jobType.full_time": { zh: "全职", en: "Full-time" },
  "posting.jobType.internship": { zh: "实习", en: "Internship" },
  "posting.jobType.part_time": { zh: "兼职", en: "Part-time" },
  "posting.headcount": { zh: "招聘人数", en: "Openings" },
  "posting.headcount.invalid": { zh: "请填写 1 至 10000 之间的整数", en: "Enter a whole number from 1 to 10000" },
  "posting.duties": { zh: "岗位职责", en: "Duties" },
  "posting.requirements": { zh: "任职要求", en: "Requirements" },
  "posting.degree": { zh: "学历要求", en: "Degree" },
  "posting.degree.any": { zh: "不限", en: "Any" },
  "posting.majors": { zh: "专业要求（用逗号分隔，可留空）", en: "Preferred majors (comma-separated, optional)" },
  "posting.cities": { zh: "工作城市（用逗号分隔）", en: "Work cities (comma-separated)" },
  "posting.cities.shown": { zh: "工作城市", en: "Work cities" },
  "posting.majors.shown": { zh: "专业要求", en: "Preferred majors" },
  "posting.inReview": {
    zh: "岗位正在审核，审核期间不能修改。如需修改，请先撤回审核，改好后再次提交。",
    en: "This posting is in review and cannot be edited meanwhile. To change it, recall it from review, edit, and submit again.",
  },
  "posting.recall": { zh: "撤回审核（改回草稿）", en: "Recall from review (back to draft)" },
  "posting.recalled": { zh: "已撤回审核，岗位回到草稿。", en: "Recalled from review; the posting is a draft again." },
  "posting.event.recall": { zh: "撤回审核", en: "Recall from review" },
  "posting.cities.required": { zh: "请至少填写一个工作城市", en: "Give at least one work city" },
  "posting.cities.unknown": {
    zh: "无法识别的城市，请使用城市名称，如“杭州”",
    en: "Unknown city; use a city name such as 杭州",
  },
  "posting.salary": { zh: "月基本工资（元）", en: "Monthly base pay (CNY)" },
  "posting.salaryMin": { zh: "最低", en: "From" },
  "posting.salaryMax": { zh: "最高", en: "To" },
  "posting.salary.required": {
    zh: "请填写月基本工资（正整数，单位：元）",
    en: "Give the monthly base pay (a whole number of yuan)",
  },
  "posting.salary.order": { zh: "最高工资不能低于最低工资", en: "The upper bound may not be below the lower bound" },
  "posting.benefits": { zh: "福利待遇", en: "Benefits" },
  "posting.deadline": { zh: "截止日期", en: "Deadline" },
  "posting.deadline.invalid": { zh: "请选择有效日期", en: "Choose a valid date" },
  "posting.deadline.past": { zh: "截止日期不能早于今天", en: "The deadline cannot be in the past" },
  "posting.contact": { zh: "联系人（可选）", en: "Contact (optional)" },
  "posting.contact.shown": { zh: "联系人", en: "Contact" },
  "posting.apply": { zh: "投递方式：通过本平台在线投递", en: "How to apply: online on this platform" },
  "posting.tooShort": { zh: "内容太短，请写得具体一些", en: "Too short; please be more specific" },
  "posting.notEditable": { zh: "审核中或已结束的岗位不能修改", en: "A posting under review or ended cannot be edited" },
  "posting.save": { zh: "保存草稿", en: "Save draft" },
  "posting.submit": { zh: "提交审核", en: "Submit for review" },
  "posting.submitRevision": {
    zh: "提交修改（审核期间原岗位保持在线）",
    en: "Submit the edit (the live version stays up during review)",
  },
  "posting.close": { zh: "结束招聘", en: "Close" },
  "posting.withdraw": { zh: "撤回岗位", en: "Withdraw" },
  "posting.saved": { zh: "已保存。", en: "Saved." },
  "posting.submitted": { zh: "已提交审核。", en: "Submitted for review." },
  "posting.revisionSubmitted": {
    zh: "修改已提交审核，原岗位保持在线。",
    en: "Your edit was submitted; the live version stays online meanwhile.",
  },
  "posting.status": { zh: "状态", en: "Status" },
  "posting.state.draft": { zh: "草稿", en: "Draft" },
  "posting.state.submitted": { zh: "审核中", en: "Under review" },
  "posting.state.published": { zh: "已发布", en: "Published" },
  "posting.state.changes_requested": { zh: "需修改", en: "Changes requested" },
  "posting.state.rejected": { zh: "未通过", en: "Rejected" },
  "posting.state.closed": { zh: "已结束", en: "Closed" },
  "posting.state.withdrawn": { zh: "已撤回", en: "Withdrawn" },
  "posting.event.submit": { zh: "提交审核", en: "Submit for review" },
  "posting.event.approve": { zh: "审核通过", en: "Approve" },
  "posting.event.request_changes": { zh: "退回修改", en: "Request changes" },
  "posting.event.reject": { zh: "不予通过", en: "Reject" },
  "posting.event.close": { zh: "结束招聘", en: "Close" },
  "posting.event.withdraw": { zh: "撤回", en: "Withdraw" },
  "posting.revision.pending": { zh: "有修改待审核", en: "Edit under review" },
  "posting.reasons": { zh: "审核意见", en: "Reviewer's comments" },
  "posting.flags": { zh: "自动检查结果", en: "Automatic checks" },
  "posting.flags.none": { zh: "未发现问题", en: "No problems found" },
  "posting.history": { zh: "审核记录", en: "Review history" },
  "posting.employer": { zh: "招聘单位", en: "Employer" },
  "posting.publishedAt": { zh: "发布日期", en: "Published" },
  "posting.perMonth": { zh: "元/月", en: "CNY/month" },

  "vetting.title": { zh: "岗位审核", en: "Posting review" },
  "vetting.review.title": { zh: "审核岗位", en: "Review a posting" },
  "vetting.queue.empty": { zh: "没有待审核的岗位。", en: "Nothing is waiting for review." },
  "vetting.filter.flag": { zh: "按问题类型", en: "By flag" },
  "vetting.filter.employer": { zh: "按单位", en: "By employer" },
  "vetting.filter.all": { zh: "全部", en: "All" },
  "vetting.waiting": { zh: "提交时间", en: "Submitted" },
  "vetting.kind.new": { zh: "新岗位", en: "New" },
  "vetting.kind.revision": { zh: "修改", en: "Revision" },
  "vetting.approve": { zh: "通过并发布", en: "Approve and publish" },
  "vetting.requestChanges": { zh: "退回修改", en: "Request changes" },
  "vetting.reject": { zh: "驳回", en: "Reject" },
  "vetting.corpus.title": { zh: "加入审核语料库", en: "Add to the vetting corpus" },
  "report.reason.unknown": { zh: "请选择举报原因", en: "Choose a reason for the report" },
  "report.open": { zh: "待处理的举报", en: "Open reports" },
  "report.takedown": { zh: "立即下架", en: "Take down now" },
  "report.takedown.reason": {
    zh: "下架原因（将告知单位和已登录的举报人）",
    en: "Reason for the takedown (the employer and signed-in reporters are told)",
  },
  "report.reason.scam": { zh: "疑似诈骗", en: "Suspected scam" },
  "report.reason.fee": { zh: "收取费用", en: "Asks for money" },
  "report.reason.discrimination": { zh: "就业歧视", en: "Discrimination" },
  "report.reason.false_information": { zh: "虚假信息", en: "False information" },
  "report.reason.off_platform": { zh: "要求站外联系", en: "Pushes contact off the platform" },
  "report.reason.other": { zh: "其他", en: "Other" },
  "report.tooMany": {
    zh: "举报过于频繁，请{minutes}分钟后再试",
    en: "Too many reports; try again in {minutes} {minutes:minute|minutes}",
  },
  "report.dismiss.reasonRequired": {
    zh: "请写明驳回举报的理由（将告知已登录的举报人）",
    en: "Write why the reports are dismissed (signed-in reporters are told)",
  },
  "report.dismiss.none": { zh: "该岗位没有待处理的举报", en: "This posting has no open reports" },
  "report.dismiss": { zh: "驳回举报", en: "Dismiss the reports" },
  "report.dismiss.reason": {
    zh: "驳回理由（岗位保留；已登录的举报人会收到通知）",
    en: "Why the reports are dismissed (the posting stays; signed-in reporters are told)",
  },
  "report.dismissed.notice": {
    zh: "您举报的岗位“{title}”经核实未发现问题，举报已驳回",
    en: "Your report on “{title}” was reviewed; nothing wrong was found and it was dismissed",
  },
  "report.dismissed": { zh: "举报已驳回，岗位保留", en: "Reports dismissed; the posting stays" },
  "report.link": { zh: "举报该岗位", en: "Report this posting" },
  "report.link.hint": {
    zh: "发现诈骗、收费或歧视？告诉就业指导中心",
    en: "Spotted a scam, a fee or discrimination? Tell the career centre",
  },
  "report.page.title": { zh: "举报岗位", en: "Report a posting" },
  "report.intro": {
    zh: "就业指导中心会尽快核实。无需登录；登录后举报，您会收到处理结果。",
    en: "The career centre will check it soon. No account needed; sign in first to hear the outcome.",
  },
  "report.reason": { zh: "举报原因", en: "Reason" },
  "report.reason.choose": { zh: "请选择", en: "Choose one" },
  "report.details": { zh: "具体情况", en: "What happened" },
  "report.details.hint": {
    zh: "例如：要求先交培训费、要求加微信私聊、只招男生。至少10个字。",
    en: "For example: asked for a training fee first, told you to message on WeChat, men only. At least 10 characters.",
  },
  "report.details.tooShort": {
    zh: "请至少写10个字，说明发生了什么",
    en: "Write at least 10 characters on what happened",
  },
  "report.screenshot": { zh: "截图（可选）", en: "Screenshot (optional)" },
  "report.screenshot.hint": {
    zh: "PNG或JPEG图片，不超过5MB；只有就业指导中心工作人员能看到。",
    en: "A PNG or JPEG image up to 5 MB; only career-centre staff can see it.",
  },
  "report.submit": { zh: "提交举报", en: "Send the report" },
  "report.thanks": {
    zh: "举报已收到，谢谢！就业指导中心会尽快核实。",
    en: "Report received, thank you. The career centre will check it soon.",
  },
  "report.signedInNote": {
    zh: "您已登录，处理结果会通知您。",
    en: "You are signed in, so you will be told the outcome.",
  },
  "report.back": { zh: "返回岗位", en: "Back to the posting" },
  "vetting.reported.count": { zh: "举报数", en: "Reports" },
  "report.screenshot.view": { zh: "查看截图", en: "View screenshot" },
  "vetting.reported": { zh: "被举报的在招岗位", en: "Reported live postings" },
  "vetting.reported.empty": { zh: "没有待处理的举报", en: "No open reports" },
  "vetting.reported.first": { zh: "首次举报", en: "First reported" },
  "vetting.pending": { zh: "待审核", en: "Waiting for review" },
  "vetting.show": { zh: "显示", en: "Show" },
  "vetting.show.all": { zh: "待审核和被举报", en: "Pending and reported" },
  "vetting.show.pending": { zh: "仅待审核", en: "Pending only" },
  "vetting.show.reported": { zh: "仅被举报", en: "Reported only" },
  "report.takedown.reasonRequired": {
    zh: "请写明下架原因（将告知单位和举报人）",
    en: "Write the reason for the takedown (the employer and reporters are told)",
  },
  "vetting.risk": { zh: "单位风险", en: "Employer risk" },
  "vetting.risk.hint": {
    zh: "各项信号及其权重；分数只用于排序，任何信号都不会自动阻止发布。",
    en: "Each signal with its weight; the score only orders the queue, no signal blocks anything on its own.",
  },
  "vetting.risk.none": { zh: "暂无风险信号", en: "No risk signals" },
  "vetting.order": { zh: "排序", en: "Order" },
  "vetting.order.waiting": { zh: "按等待时间", en: "Longest waiting first" },
  "vetting.order.risk": { zh: "按单位风险", en: "Highest employer risk first" },
  "vetting.corpus.hint": {
    zh: "勾选该岗位实际违反的规则（不勾选表示合规），文本将用于检验自动审核。",
    en: "Tick the rules this posting really breaks (none means it is clean); its text will test the automatic checks.",
  },
  "vetting.corpus.add": { zh: "加入语料库", en: "Add to corpus" },
  "vetting.corpus.added": { zh: "已加入语料库", en: "Added to the corpus" },
  "vetting.corpus.notDecided": {
    zh: "只有驳回或经说明后仍批准的岗位才能加入语料库",
    en: "Only a rejected posting or one approved over its flags can be added to the corpus",
  },
  "vetting.corpus.unknownRule": { zh: "未知的审核规则", en: "Unknown vetting rule" },
  "vetting.reasons": {
    zh: "审核意见（退回或驳回时必填，单位可见）",
    en: "Comments (required to request changes or reject; the employer sees them)",
  },
  "vetting.override": {
    zh: "放行理由（存在阻断性问题时必填）",
    en: "Override reason (required when a blocking flag is present)",
  },
  "vetting.reason.required": { zh: "请填写理由（至少 4 个字）", en: "Give a reason (at least 4 characters)" },
  "vetting.override.required": {
    zh: "存在阻断性问题，需填写放行理由才能通过",
    en: "A blocking flag is present: write an override reason to approve",
  },
  "vetting.nothingToDecide": { zh: "该岗位当前没有待审核的内容", en: "There is nothing to decide on this posting now" },
  "vetting.employerNotVerified": { zh: "请先审核通过该单位", en: "Verify the employer first" },
  "vetting.decided": { zh: "已处理。", en: "Decision recorded." },
  "vetting.decided.approve": {
    zh: "已通过并发布：{title}。单位已收到邮件通知。",
    en: "Approved and published: {title}. The employer has been mailed.",
  },
  "vetting.decided.request_changes": {
    zh: "已退回修改：{title}。单位已收到邮件和审核意见。",
    en: "Returned for changes: {title}. The employer has been mailed your reasons.",
  },
  "vetting.decided.reject": {
    zh: "已驳回：{title}。单位已收到邮件和驳回理由。",
    en: "Rejected: {title}. The employer has been mailed your reasons.",
  },
  "vetting.decided.view": { zh: "查看该岗位", en: "View the posting" },
  "vetting.readOnly": {
    zh: "学院教师可查看审核队列，审核决定由学校就业指导中心作出。",
    en: "College staff can read the queue; decisions are made by school-level staff.",
  },
  "vetting.diff": { zh: "修改对比", en: "Changes" },
  "vetting.diff.live": { zh: "在线版本", en: "Live version" },
  "vetting.diff.revision": { zh: "修改后", en: "Proposed" },
  "vetting.severity.block": { zh: "阻断", en: "Blocking" },
  "vetting.severity.warn": { zh: "提醒", en: "Warning" },

  "jobs.title": { zh: "找工作", en: "Find a job" },
  "jobs.search": { zh: "搜索岗位、单位或城市", en: "Search jobs, employers or cities" },
  "jobs.submit": { zh: "搜索", en: "Search" },
  "jobs.count": { zh: "共 {count} 个岗位", en: "{count} {count:posting|postings}" },
  "jobs.none": { zh: "没有找到匹配的岗位，试试更短的关键词。", en: "No postings match; try fewer words." },
  "jobs.degraded": {
    zh: "搜索服务暂时不可用，以下为简化搜索结果。",
    en: "Search is degraded; these are simplified results.",
  },
  "jobs.deadline": { zh: "截止", en: "Deadline" },
  "jobs.back": { zh: "返回岗位列表", en: "Back to jobs" },
  "error.forbidden": { zh: "您没有权限访问此页面。", en: "You do not have permission to see this page." },
  "error.notFound": { zh: "页面不存在。", en: "This page does not exist." },
  "error.generic": { zh: "出错了，请稍后再试。", en: "Something went wrong. Please try again later." },
  "error.title": { zh: "无法显示此页面", en: "This page cannot be shown" },
  "mail.postingDecision.approve.subject": { zh: "岗位已通过审核并发布", en: "Posting approved and published" },
  "mail.postingDecision.approve.body": {
    zh: "您的岗位已通过审核，现已对毕业生公开。",
    en: "Your posting was approved and is now visible to graduates.",
  },
  "mail.postingDecision.request_changes.subject": { zh: "岗位需要修改", en: "Changes requested" },
  "mail.postingDecision.request_changes.body": {
    zh: "审核老师请您修改岗位信息后重新提交，意见如下。",
    en: "The reviewer asks you to change the posting and submit it again:",
  },
  "mail.postingDecision.reject.subject": { zh: "岗位未通过审核", en: "Posting rejected" },
  "mail.postingDecision.reject.body": {
    zh: "您的岗位未通过审核，原因如下。",
    en: "Your posting was not approved, for the reasons below.",
  },
  "mail.postingDecision.revisionNote": {
    zh: "（本次审核针对您的修改；修改审核期间原岗位保持在线）",
    en: " (this concerns your edit; the published version stays online meanwhile)",
  },
  "mail.postingDecision.open": { zh: "查看岗位", en: "Open the posting" },
  "mail.postingDecision.reasons": { zh: "审核意见", en: "Reviewer's comments" },
  "mail.postingDecision.footer": {
    zh: "您收到此邮件是因为贵单位提交了该岗位。",
    en: "You receive this because your organisation submitted this posting.",
  },
  "mail.employerStatus.verified.subject": { zh: "单位审核通过", en: "Your organisation is verified" },
  "mail.employerStatus.verified.body": {
    zh: "贵单位已通过学校就业指导中心审核，现在可以提交招聘岗位。",
    en: "The career centre has verified your organisation. You can now submit postings.",
  },
  "mail.employerStatus.rejected.subject": { zh: "单位审核未通过", en: "Your registration was not approved" },
  "mail.employerStatus.rejected.body": {
    zh: "贵单位的注册信息未通过审核，原因如下。修改后可重新提交。",
    en: "Your organisation's registration was not approved, for the reasons below. You may correct it and resubmit.",
  },
  "mail.employerStatus.suspended.subject": { zh: "单位账户已暂停", en: "Your organisation is suspended" },
  "mail.employerStatus.suspended.body": {
    zh: "贵单位账户已被暂停，所有岗位暂不对毕业生显示。原因如下。",
    en: "Your organisation is suspended and its postings are hidden from graduates, for the reasons below.",
  },
  "mail.employerStatus.reasons": { zh: "原因", en: "Reasons" },
  "mail.employerStatus.open": { zh: "查看详情", en: "Open jiuye" },
  "mail.employerStatus.footer": {
    zh: "您收到此邮件是因为您是该单位在本平台的成员。",
    en: "You receive this as a member of this organisation on jiuye.",
  },
  "mail.brand": { zh: "就业 · 就业指导中心", en: "jiuye · Career Centre" },
} as const satisfies Record<string, { zh: string; en: string }>;

/**
 * The message tables by domain. Each key lives in exactly one table (tests/unit/message-tables.test.ts):
 * spreading them into one object would otherwise let a later table silently replace a key.
 */
export const MESSAGE_TABLES = {
  core: coreMessages,
  search: searchMessages,
  graduates: graduatesMessages,
  reports: reportsMessages,
  agreements: agreementsMessages,
  interviews: interviewsMessages,
  counselling: counsellingMessages,
  support: supportMessages,
  programmes: programmesMessages,
  campaigns: campaignsMessages,
  fairs: fairsMessages,
  talks: talksMessages,
  security: securityMessages,
  ux: uxMessages,
  accounts: accountsMessages,
};

export const messages = {
  ...coreMessages,
  ...searchMessages,
  ...graduatesMessages,
  ...reportsMessages,
  ...agreementsMessages,
  ...interviewsMessages,
  ...counsellingMessages,
  ...supportMessages,
  ...programmesMessages,
  ...campaignsMessages,
  ...fairsMessages,
  ...talksMessages,
  ...securityMessages,
  ...uxMessages,
  ...accountsMessages,
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof messages;

/** The same table seen as plain strings: indexing the literal-typed table makes a union too large for tsc. */
const table: Readonly<Record<string, { zh: string; en: string }>> = messages;

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, value);
}

/**
 * A message as it travels from the domain to the reader: a key of the table and its params. A
 * param may itself be a message (a state's label inside a refusal), translated in the same language.
 */
export interface Message {
  key: string;
  params?: MessageParams;
}
/** A date param, written in the reader's format when translated ("30 Nov 2026" / "2026年11月30日"). */
export interface DateParam {
  date: string;
}
export type MessageParams = Record<string, string | number | Message | DateParam>;

export function translate(locale: Locale, key: string | Message, params?: MessageParams): string {
  const message = typeof key === "string" ? { key, params } : key;
  const entry = isMessageKey(message.key) ? table[message.key] : undefined;
  let text: string = entry ? (locale === "en" ? entry.en : entry.zh) : message.key;
  // Most messages have no placeholder; a page translates a hundred or more of them (decision 032).
  if (!text.includes("{")) return text;
  // "{days:day|days}": the singular for exactly 1, the plural otherwise ("1 day", "2 days").
  text = text.replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (_, name: string, one: string, other: string) =>
    Number(message.params?.[name]) === 1 ? one : other,
  );
  for (const [name, value] of Object.entries(message.params ?? {})) {
    const shown =
      typeof value !== "object"
        ? String(value)
        : "date" in value
          ? formatSchoolDate(value.date, locale)
          : translate(locale, value);
    text = text.replaceAll(`{${name}}`, shown);
  }
  return text;
}

/** Both languages of a message, for JSON answers that do not know the reader's language. */
export function bilingual(key: string): { zh: string; en: string } {
  const entry = isMessageKey(key) ? table[key] : undefined;
  return entry ? { ...entry } : { zh: key, en: key };
}

export function pickLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "zh-CN";
}
