export const INTERVIEW_STATES = ["proposed", "confirmed", "rescheduled", "completed", "no_show", "cancelled"] as const;
export type InterviewState = (typeof INTERVIEW_STATES)[number];

export const INTERVIEW_MODES = ["video", "phone", "onsite"] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];
