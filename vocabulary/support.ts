export const SUPPORT_PLAN_STATUSES = ["open", "closed"] as const;
export type SupportPlanStatus = (typeof SUPPORT_PLAN_STATUSES)[number];
export const CONTACT_CHANNELS = ["phone", "wechat", "in_person", "video", "other"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const SUBSIDY_STATUSES = ["applied", "granted", "refused"] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];
