/** User-facing strings of online job fairs (空中双选会), merged into the one dictionary in ../messages.ts. */
export const fairsMessages = {
  "nav.fairs": { zh: "空中双选会", en: "Online fairs" },
  "nav.staff.fairs": { zh: "双选会管理", en: "Manage fairs" },
  "nav.employer.fairs": { zh: "参加双选会", en: "Job fairs" },

  "fair.state.draft": { zh: "草稿", en: "Draft" },
  "fair.state.open_for_employers": { zh: "单位报名中", en: "Open to employers" },
  "fair.state.open_for_graduates": { zh: "毕业生报名中", en: "Open to graduates" },
  "fair.state.live": { zh: "进行中", en: "Live" },
  "fair.state.closed": { zh: "已结束", en: "Closed" },
  "fair.event.open_to_employers": { zh: "开放单位报名", en: "Open to employers" },
  "fair.event.open_to_graduates": { zh: "开放毕业生报名", en: "Open to graduates" },
  "fair.event.go_live": { zh: "开始双选会", en: "Go live" },
  "fair.event.close": { zh: "结束双选会", en: "Close the fair" },
  "fair.open.noBooths": {
    zh: "至少批准一个展位后才能开放毕业生报名。",
    en: "Approve at least one booth before opening the fair to graduates.",
  },
  "fair.waitlist.auto": { zh: "自动递补（按候补顺序）", en: "Automatic (in waitlist order)" },
  "fair.waitlist.manual": { zh: "人工递补", en: "Manual (staff promote)" },

  "fair.eligibility.scope": {
    zh: "本场双选会仅面向举办学院的毕业生。",
    en: "This fair is only for graduates of the college holding it.",
  },
  "fair.eligibility.cohort": {
    zh: "本场双选会仅面向 {cohorts} 届毕业生。",
    en: "This fair is only for the graduating classes of {cohorts}.",
  },
  "fair.eligibility.degree": {
    zh: "您的学历层次不在本场双选会的范围内。",
    en: "Your degree level is not among those this fair is for.",
  },
  "fair.eligibility.college": {
    zh: "您所在学院不在本场双选会的范围内。",
    en: "Your college is not among those this fair is for.",
  },
  "fair.eligibility.major": {
    zh: "您的专业不在本场双选会的范围内。",
    en: "Your major is not among those this fair is for.",
  },

  "fair.field.title.required": { zh: "请填写双选会名称", en: "Enter the fair's title" },
  "fair.field.date.invalid": { zh: "请填写有效日期（年-月-日）", en: "Enter a real date (YYYY-MM-DD)" },
  "fair.field.time.invalid": { zh: "请填写时间（时:分）", en: "Enter a time (HH:MM)" },
  "fair.field.endsOn.beforeStart": { zh: "结束日期不能早于开始日期", en: "The last day cannot be before the first" },
  "fair.field.liveUntil.beforeStart": {
    zh: "结束时间须晚于开始时间",
    en: "The live hours must end after they start",
  },
  "fair.field.window.afterFair": {
    zh: "单位报名须在双选会结束前截止",
    en: "The employer window must close before the fair ends",
  },
  "fair.field.window.order": { zh: "截止日期不能早于开始日期", en: "The window cannot close before it opens" },
  "fair.field.capacity.invalid": { zh: "请填写正整数", en: "Enter a whole number above zero" },
  "fair.field.college.outOfScope": {
    zh: "您只能为本学院举办双选会",
    en: "You can only hold fairs for your own college",
  },
  "fair.field.days.tooMany": { zh: "双选会最长 14 天", en: "A fair lasts at most 14 days" },
  "fair.notEditable": { zh: "双选会已结束，不能修改。", en: "A closed fair cannot be changed." },

  "fairBooth.state.applied": { zh: "待审核", en: "Applied" },
  "fairBooth.state.approved": { zh: "已批准", en: "Approved" },
  "fairBooth.state.declined": { zh: "未通过", en: "Declined" },
  "fairBooth.state.withdrawn": { zh: "已撤回", en: "Withdrawn" },
  "fairBooth.event.approve": { zh: "批准展位", en: "Approve" },
  "fairBooth.event.decline": { zh: "不予批准", en: "Decline" },
  "fairBooth.event.withdraw": { zh: "撤回", en: "Withdraw" },
  "fairBooth.event.reapply": { zh: "重新申请", en: "Apply again" },
  "fairBooth.full": { zh: "展位已满（共 {booths} 个）。", en: "All {booths} booths are taken." },
  "fairBooth.window.closed": {
    zh: "不在单位报名时间内。",
    en: "The employer application window is not open.",
  },
  "fairBooth.fair.notOpen": {
    zh: "该双选会目前不接受展位申请。",
    en: "This fair does not take booth applications now.",
  },
  "fairBooth.employer.unverified": {
    zh: "单位通过审核后才能申请展位。",
    en: "Your organisation must be verified before it can apply for a booth.",
  },
  "fairBooth.already": {
    zh: "贵单位已申请本场双选会的展位。",
    en: "Your organisation has already applied for a booth at this fair.",
  },
  "fairBooth.posting.notPublished": {
    zh: "只能展示本单位已发布的岗位。",
    en: "Only your organisation's published postings can be featured.",
  },
  "fairBooth.representative.notColleague": {
    zh: "参会代表须为本单位的同事账户。",
    en: "Representatives must be colleague accounts of your organisation.",
  },
  "fairBooth.representative.required": { zh: "请至少指定一名参会代表", en: "Name at least one representative" },
  "fairBooth.link.https": {
    zh: "会议链接须以 https:// 开头（腾讯会议、飞书、Zoom 等）",
    en: "The meeting link must start with https:// (Tencent Meeting, Feishu, Zoom …)",
  },
  "fairBooth.reason.required": { zh: "请填写不予批准的原因", en: "Give the reason for declining" },
  "fairBooth.chatMinutes.invalid": { zh: "每次交流 3–60 分钟", en: "A chat lasts 3–60 minutes" },
  "fairBooth.mail.approved.subject": { zh: "展位申请已批准：{fair}", en: "Booth approved: {fair}" },
  "fairBooth.mail.declined.subject": { zh: "展位申请未通过：{fair}", en: "Booth declined: {fair}" },
  "fairBooth.mail.approved.body": {
    zh: "贵单位在“{fair}”的展位申请已批准。请在双选会开始前确认参会代表和会议链接。",
    en: "Your booth at “{fair}” is approved. Check your representatives and meeting links before the fair starts.",
  },
  "fairBooth.mail.declined.body": {
    zh: "贵单位在“{fair}”的展位申请未通过。原因：{reason}",
    en: "Your booth application for “{fair}” was declined. Reason: {reason}",
  },

  "fairRegistration.state.registered": { zh: "已报名", en: "Registered" },
  "fairRegistration.state.waitlisted": { zh: "候补中", en: "On the waitlist" },
  "fairRegistration.state.cancelled": { zh: "已取消", en: "Cancelled" },
  "fairRegistration.event.promote": { zh: "递补入场", en: "Promote" },
  "fairRegistration.event.cancel": { zh: "取消报名", en: "Cancel registration" },
  "fairRegistration.closed": {
    zh: "本场双选会目前不接受毕业生报名。",
    en: "This fair does not take registrations now.",
  },
  "fairRegistration.already": { zh: "您已报名本场双选会。", en: "You are already registered for this fair." },
  "fairRegistration.notEligible": {
    zh: "您不符合本场双选会的报名条件。",
    en: "You do not meet this fair's conditions.",
  },
  "fairRegistration.noGraduate": {
    zh: "请先关联毕业生名册后再报名。",
    en: "Link your account to the graduate roster before registering.",
  },
  "fairRegistration.mail.registered.subject": { zh: "报名成功：{fair}", en: "You are registered: {fair}" },
  "fairRegistration.mail.waitlisted.subject": { zh: "已进入候补：{fair}", en: "On the waitlist: {fair}" },
  "fairRegistration.mail.promoted.subject": { zh: "候补成功，已报名：{fair}", en: "Off the waitlist: {fair}" },
  "fairRegistration.mail.registered.body": {
    zh: "您已报名“{fair}”。附件为日历邀请，可加入手机或电脑日历。",
    en: "You are registered for “{fair}”. The attached invitation adds it to your calendar.",
  },
  "fairRegistration.mail.waitlisted.body": {
    zh: "“{fair}”名额已满，您在候补名单第 {position} 位。有名额时我们会按顺序递补并通知您。",
    en: "“{fair}” is full; you are number {position} on the waitlist. We will tell you when a place opens in order.",
  },

  "fairQueue.state.waiting": { zh: "排队中", en: "Waiting" },
  "fairQueue.state.called": { zh: "已叫号", en: "Called" },
  "fairQueue.state.chatting": { zh: "交流中", en: "In a chat" },
  "fairQueue.state.done": { zh: "已交流", en: "Done" },
  "fairQueue.state.missed": { zh: "未应答", en: "Missed" },
  "fairQueue.state.left": { zh: "已离开队列", en: "Left" },
  "fairQueue.event.call": { zh: "叫下一位", en: "Call next" },
  "fairQueue.event.start_chat": { zh: "开始交流", en: "Start the chat" },
  "fairQueue.event.finish": { zh: "结束交流", en: "Finish the chat" },
  "fairQueue.event.miss": { zh: "未应答，放回队列", en: "Missed: back in line" },
  "fairQueue.event.miss_again": { zh: "再次未应答，移出队列", en: "Missed again: remove" },
  "fairQueue.event.leave": { zh: "离开队列", en: "Leave the line" },
  "fairQueue.miss.onceOnly": {
    zh: "该毕业生已错过一次叫号，再次错过将移出队列。",
    en: "This graduate already missed a call once; a second miss removes them.",
  },
  "fairQueue.miss.firstTime": {
    zh: "第一次未应答时放回队列。",
    en: "A first missed call puts the graduate back in line.",
  },
  "fairQueue.notLive": { zh: "双选会不在进行中。", en: "The fair is not live." },
  "fairQueue.notRegistered": {
    zh: "报名成功后才能排队。",
    en: "Only registered graduates can join a line.",
  },
  "fairQueue.already": { zh: "您已在该展位排队。", en: "You are already in this booth's line." },
  "fairQueue.empty": { zh: "目前没有可叫号的毕业生。", en: "Nobody is available to call right now." },
  "fairQueue.representative.busy": {
    zh: "请先结束当前的交流再叫下一位。",
    en: "Finish your current chat before calling the next graduate.",
  },
  "fairQueue.representative.notOnBooth": {
    zh: "您不是该展位的参会代表。",
    en: "You are not a representative of this booth.",
  },
  "fairQueue.graduate.busy": {
    zh: "该毕业生正在与其他展位交流。",
    en: "This graduate is in a chat with another booth.",
  },
  "fairQueue.interest.interested": { zh: "有意向", en: "Interested" },
  "fairQueue.interest.not_a_fit": { zh: "不太合适", en: "Not a fit" },
  "fairQueue.interest.invite_to_interview": { zh: "邀请面试", en: "Invite to interview" },
  "fairQueue.wait.unknown": {
    zh: "暂无代表在线，无法估计等待时间",
    en: "No representative is online yet, so the wait cannot be estimated",
  },
  "fairQueue.wait.minutes": { zh: "预计等待约 {minutes} 分钟", en: "About {minutes} min to wait" },
  "fairQueue.position": { zh: "前面还有 {ahead} 人", en: "{ahead} ahead of you" },
  "fairMail.open": { zh: "查看详情", en: "Open jiuye" },
  "fairMail.footer.graduate": {
    zh: "您收到此邮件是因为您报名了本校的空中双选会。",
    en: "You receive this because you registered for one of the school's online fairs.",
  },
  "fairMail.footer.employer": {
    zh: "您收到此邮件是因为您是该单位在本平台的成员。",
    en: "You receive this as a member of this organisation on jiuye.",
  },
} as const satisfies Record<string, { zh: string; en: string }>;
