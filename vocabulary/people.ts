export const ROLES = ["graduate", "employer", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];
