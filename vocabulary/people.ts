export const ROLES = ["graduate", "employer", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The roles a visitor may register for themselves; staff and administrators are created by an administrator. */
export const SELF_REGISTERED_ROLES = ["graduate", "employer"] as const satisfies readonly Role[];

/** The roles an administrator gives a colleague's account (app/routes/admin.users.tsx). */
export const STAFF_ROLES = ["staff", "admin"] as const satisfies readonly Role[];
