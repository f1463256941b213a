/** User-facing strings of campus talks (宣讲会), merged into the one dictionary in ../messages.ts. */
export const talksMessages = {
  "nav.talks": { zh: "宣讲会", en: "Campus talks" },

  "talk.state.requested": { zh: "待审核", en: "Requested" },
  "talk.state.approved": { zh: "已批准", en: "Approved" },
  "talk.state.declined": { zh: "未批准", en: "Declined" },
  "talk.state.withdrawn": { zh: "已撤回", en: "Withdrawn" },
  "talk.state.cancelled": { zh: "已取消", en: "Cancelled" },
  "talk.event.approve": { zh: "批准", en: "Approve" },
  "talk.event.decline": { zh: "不批准", en: "Decline" },
  "talk.event.withdraw": { zh: "撤回", en: "Withdraw" },
  "talk.event.cancel": { zh: "取消宣讲会", en: "Cancel the talk" },
  "talkSignup.state.signed_up": { zh: "已报名", en: "Signed up" },
  "talkSignup.state.cancelled": { zh: "已取消", en: "Cancelled" },
  "talkSignup.event.cancel": { zh: "取消报名", en: "Cancel sign-up" },
  "talkSignup.event.sign_up_again": { zh: "重新报名", en: "Sign up again" },

  "talk.mode.online": { zh: "线上宣讲", en: "Online" },
  "talk.mode.on_campus": { zh: "校内宣讲", en: "On campus" },
  "talk.slot.morning": { zh: "上午 09:30–11:30", en: "Morning 09:30–11:30" },
  "talk.slot.afternoon": { zh: "下午 14:00–16:00", en: "Afternoon 14:00–16:00" },
  "talk.slot.evening": { zh: "晚上 18:30–20:30", en: "Evening 18:30–20:30" },
  "talk.attendance.qr": { zh: "扫码签到", en: "QR code" },
  "talk.attendance.staff": { zh: "工作人员签到", en: "By staff" },
  "talk.attendance.online": { zh: "线上进入", en: "Joined online" },

  "talkVenue.field.name.required": { zh: "请填写场地名称。", en: "Enter the venue's name." },
  "talkVenue.field.name.taken": { zh: "该楼内已有同名场地。", en: "This building already has a venue of that name." },
  "talkVenue.field.building.required": { zh: "请填写所在楼宇。", en: "Enter the building." },
  "talkVenue.field.capacity.invalid": {
    zh: "容纳人数须为正整数。",
    en: "The capacity must be a whole number above 0.",
  },

  "talk.field.title.required": { zh: "请填写宣讲会标题。", en: "Enter the talk's title." },
  "talk.field.brochure.required": { zh: "请填写招聘简章。", en: "Enter the recruitment brochure (招聘简章)." },
  "talk.field.mode.invalid": { zh: "请选择线上或校内宣讲。", en: "Choose online or on campus." },
  "talk.field.venue.required": { zh: "校内宣讲请选择场地。", en: "Choose a venue for a talk on campus." },
  "talk.field.link.https": {
    zh: "线上宣讲的会议链接须以 https:// 开头。",
    en: "The meeting link of an online talk must start with https://.",
  },
  "talk.field.date.invalid": { zh: "请填写有效日期（年-月-日）。", en: "Enter a valid date (YYYY-MM-DD)." },
  "talk.field.date.tooSoon": {
    zh: "宣讲会须至少提前 {days} 个工作日申请，最早可选 {earliest}。",
    en: "Talks must be requested at least {days} working days ahead; the earliest date is {earliest}.",
  },
  "talk.field.slot.invalid": { zh: "请选择时段。", en: "Choose a time slot." },
  "talk.field.slot.taken": {
    zh: "该场地此时段已被预约，请另选时段或场地。",
    en: "This venue is already booked for that slot; choose another slot or venue.",
  },
  "talk.field.capacity.invalid": {
    zh: "人数上限须为正整数。",
    en: "The number of places must be a whole number above 0.",
  },
  "talk.field.postings.notPublished": {
    zh: "只能展示本单位已发布的职位。",
    en: "Only your organisation's published postings can be featured.",
  },
  "talk.employer.unverified": {
    zh: "单位通过审核后才能申请宣讲会。",
    en: "Your organisation must be verified before requesting a talk.",
  },
  "talk.reason.required": { zh: "不批准时请填写原因。", en: "Give a reason when declining." },
  "talk.mail.approved.subject": { zh: "宣讲会申请已批准：{talk}", en: "Campus talk approved: {talk}" },
  "talk.mail.approved.body": {
    zh: "您单位的宣讲会「{talk}」（{date}）已获批准，现已在平台公开，毕业生可以报名。",
    en: 'Your campus talk "{talk}" on {date} is approved and now open for graduates to sign up.',
  },
  "talk.mail.declined.subject": { zh: "宣讲会申请未获批准：{talk}", en: "Campus talk declined: {talk}" },
  "talk.mail.declined.body": {
    zh: "您单位的宣讲会「{talk}」（{date}）未获批准，原因如下。您可修改后重新申请。",
    en: 'Your campus talk "{talk}" on {date} was declined for the reason below. You may request again.',
  },

  "talkSignup.noGraduate": { zh: "只有毕业生可以报名宣讲会。", en: "Only graduates can sign up for talks." },
  "talkSignup.already": { zh: "您已报名该宣讲会。", en: "You are already signed up." },
  "talkSignup.full": { zh: "名额已满。", en: "This talk is full." },
  "talkSignup.over": { zh: "宣讲会已结束。", en: "This talk is over." },
  "talkSignup.mail.subject": { zh: "宣讲会报名成功：{talk}", en: "Signed up: {talk}" },
  "talkSignup.mail.body": {
    zh: "您已报名宣讲会「{talk}」（{date}），附件为日历邀请。",
    en: 'You are signed up for "{talk}" on {date}; the calendar invitation is attached.',
  },

  "talk.checkIn.forged": { zh: "签到码无效。", en: "This check-in code is not valid." },
  "talk.checkIn.expired": {
    zh: "签到码已过期，请扫描屏幕上的最新二维码。",
    en: "This check-in code has expired; scan the code on the screen again.",
  },
  "talk.checkIn.closed": {
    zh: "不在签到时间内（开始前 30 分钟至结束）。",
    en: "Check-in is open from 30 minutes before the start to the end.",
  },
  "talk.checkIn.notOnCampus": {
    zh: "只有已批准的校内宣讲会有签到码。",
    en: "Only approved on-campus talks have a check-in code.",
  },
  "talk.checkIn.unknownStudent": { zh: "找不到该学号。", en: "No graduate has this student number." },
  "talk.checkIn.done": { zh: "签到成功。", en: "You are checked in." },
  "talk.checkIn.already": { zh: "您已签到。", en: "You were already checked in." },
} as const;
