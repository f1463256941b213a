import type { Role } from "../../vocabulary";

/**
 * What each role may do. Checked on the server by requirePermission(); the UI reads the same
 * map only to decide what to show. Scope (own record, own employer, one college) is enforced
 * by the query functions, which take the scope as an argument.
 */
export const PERMISSIONS = {
  "account:self": ["graduate", "employer", "staff", "admin"],
  "profile:own": ["graduate"],
  "application:create": ["graduate"],
  "destination:report": ["graduate"],
  "employer:manage-own": ["employer"],
  "posting:manage-own": ["employer"],
  "graduate:read-scoped": ["staff", "admin"],
  "graduate:read-personal": ["staff", "admin"],
  "roster:import": ["staff", "admin"],
  "applicant:manage-own": ["employer"],
  "vetting:read": ["staff", "admin"],
  "vetting:decide": ["staff", "admin"],
  "mail:read-local": ["staff", "admin"],
  "report:read": ["staff", "admin"],
  "report:export": ["staff", "admin"],
  "destination:verify": ["staff", "admin"],
  "agreement:sign": ["graduate"],
  "agreement:manage-own": ["employer"],
  "agreement:review": ["staff", "admin"],
  "agreement:download": ["graduate", "employer", "staff", "admin"],
  "support:manage": ["staff", "admin"],
  "counselling:manage": ["staff", "admin"],
  "counselling:book": ["graduate"],
  "fair:manage": ["staff", "admin"],
  "fair:register": ["graduate"],
  "fair:exhibit": ["employer"],
  "talk:manage": ["staff", "admin"],
  "talk:attend": ["graduate"],
  "talk:host": ["employer"],
  "user:manage": ["admin"],
  "audit:read": ["admin"],
  /** Editing the programme catalogue (rules per year and province): the school's admins. */
  "programme:manage": ["admin"],
  /** Moving graduates of one's scope through a programme's funnel. */
  "programme:funnel": ["staff", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** School-wide or one college. Admins act with school scope. */
export type StaffScope = { kind: "school" } | { kind: "college"; collegeId: number };

export function scopeCovers(scope: StaffScope, collegeId: number): boolean {
  return scope.kind === "school" || scope.collegeId === collegeId;
}
