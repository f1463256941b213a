/** The staff list's filters; not in a .server module because the page renders the choices in the browser too. */
export const STAFF_FILTERS = ["all", "unverified", "unconfirmed", "disputed", "returned", "unreported"] as const;
export type StaffFilter = (typeof STAFF_FILTERS)[number];
