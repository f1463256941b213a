export const INTERVIEW_STATES = ["proposed", "confirmed", "rescheduled", "completed", "no_show", "cancelled"] as const;
export type InterviewState = (typeof INTERVIEW_STATES)[number];
