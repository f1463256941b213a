/** A support plan (machine: app/support/states.ts). */
export const SUPPORT_PLAN_STATES = ["open", "closed"] as const;
export type SupportPlanState = (typeof SUPPORT_PLAN_STATES)[number];
export const CONTACT_CHANNELS = ["phone", "wechat", "in_person", "video", "other"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
/** A subsidy recorded on a plan (machine: app/support/states.ts). */
export const SUBSIDY_STATES = ["applied", "granted", "refused"] as const;
export type SubsidyState = (typeof SUBSIDY_STATES)[number];
