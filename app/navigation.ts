import type { Role } from "../vocabulary";
import { roleCan, type Permission } from "./auth/permissions";

/**
 * The site's menu as data: one list of groups per audience, each group one task ("find work",
 * "sign", "review"), each entry a link. The header, the phone menu and the tests all read this, so a
 * new domain (fairs, programmes, outreach) adds its pages by adding entries here, nowhere else:
 *
 *   { to: "/fairs", key: "nav.fairs", primary: true }            // in the "find" group of graduates
 *   { to: "/staff/fairs", key: "nav.staff.fairs", permission: "fair:manage" }
 *
 * `permission` hides an entry from roles that may not open it (the server still checks);
 * `schoolWide` hides it from college-scoped staff; `primary` shows it in the header bar on wide
 * screens (the rest sit in the menu disclosure); `count` names a to-do count the root loader
 * computes for the signed-in user (see app/home/todo.server.ts), shown beside the label.
 */
export interface NavEntry {
  to: `/${string}`;
  key: string;
  permission?: Permission;
  schoolWide?: true;
  primary?: true;
  count?: TodoCountName;
}

export interface NavGroup {
  /** Message key of the group's heading. */
  key: string;
  entries: NavEntry[];
}

/** The to-do counts that can appear beside a menu entry; app/home/todo.server.ts computes them. */
export const TODO_COUNT_NAMES = ["graduateTodo", "employerTodo", "staffTodo", "notifications"] as const;
export type TodoCountName = (typeof TODO_COUNT_NAMES)[number];

export type Audience = Role | "anonymous";

const FIND_WORK: NavGroup = {
  key: "nav.group.find",
  entries: [
    { to: "/", key: "nav.home" },
    { to: "/jobs", key: "nav.jobs", primary: true },
    { to: "/fairs", key: "nav.fairs", primary: true },
    { to: "/talks", key: "nav.talks" },
    { to: "/programmes", key: "nav.programmes" },
  ],
};

export const NAVIGATION: Record<Audience, NavGroup[]> = {
  anonymous: [FIND_WORK],
  graduate: [
    {
      key: "nav.group.mine",
      entries: [
        { to: "/graduate", key: "nav.graduate", primary: true, count: "graduateTodo" },
        { to: "/graduate/applications", key: "nav.graduate.applications" },
        { to: "/graduate/profile", key: "nav.graduate.profile" },
        // Saved searches are the graduate's own; the find group had no room for talks otherwise.
        { to: "/graduate/searches", key: "savedSearch.title", permission: "profile:own" },
      ],
    },
    {
      key: "nav.group.find",
      entries: [
        { to: "/jobs", key: "nav.jobs", primary: true },
        { to: "/fairs", key: "nav.fairs" },
        { to: "/talks", key: "nav.talks" },
        { to: "/programmes", key: "nav.programmes" },
        { to: "/graduate/programmes", key: "programme.mine.title", permission: "profile:own" },
        { to: "/graduate/counselling", key: "nav.counselling", permission: "counselling:book" },
      ],
    },
    {
      key: "nav.group.sign",
      entries: [
        { to: "/graduate/interviews", key: "nav.interviews", permission: "application:create", primary: true },
        { to: "/graduate/agreements", key: "nav.agreements", permission: "agreement:sign" },
        { to: "/graduate/destination", key: "nav.graduate.destination", permission: "destination:report" },
      ],
    },
  ],
  employer: [
    {
      key: "nav.group.recruit",
      entries: [
        { to: "/employer", key: "nav.employer", primary: true, count: "employerTodo" },
        { to: "/employer/postings/new", key: "nav.employer.newPosting", permission: "posting:manage-own" },
        { to: "/employer/interviews", key: "nav.interviews", permission: "employer:manage-own", primary: true },
        { to: "/employer/fairs", key: "nav.employer.fairs", permission: "fair:exhibit" },
        { to: "/employer/talks", key: "nav.employer.talks", permission: "talk:host" },
      ],
    },
    {
      key: "nav.group.sign",
      entries: [{ to: "/employer/agreements", key: "nav.agreements", permission: "agreement:manage-own" }],
    },
    { key: "nav.group.find", entries: [{ to: "/jobs", key: "nav.jobs" }] },
  ],
  staff: staffGroups(),
  admin: [
    ...staffGroups(),
    {
      key: "nav.group.admin",
      entries: [
        { to: "/admin/users", key: "nav.admin.users", permission: "user:manage" },
        { to: "/admin/audit", key: "nav.admin.audit", permission: "audit:read" },
        { to: "/admin/programmes", key: "programme.admin.title", permission: "programme:manage" },
      ],
    },
  ],
};

function staffGroups(): NavGroup[] {
  return [
    {
      key: "nav.group.review",
      entries: [
        { to: "/staff", key: "nav.staff.home", primary: true, count: "staffTodo" },
        { to: "/staff/vetting", key: "nav.staff.vetting", permission: "vetting:read", primary: true },
        { to: "/staff/employers", key: "nav.staff.employers", permission: "vetting:read" },
        { to: "/staff/agreements", key: "nav.staff.agreements", permission: "agreement:review" },
        { to: "/staff/destinations", key: "nav.staff.destinations", permission: "destination:verify" },
        // Talk requests are reviewed like employers and postings (the "inform" group is full).
        { to: "/staff/talks", key: "nav.staff.talks", permission: "talk:manage", schoolWide: true },
      ],
    },
    {
      key: "nav.group.graduates",
      entries: [
        { to: "/staff/graduates", key: "nav.staff.graduates", permission: "graduate:read-scoped" },
        { to: "/staff/support", key: "nav.staff.support", permission: "support:manage" },
        { to: "/staff/counselling", key: "nav.counselling", permission: "counselling:manage" },
        { to: "/staff/roster/import", key: "nav.staff.rosterImport", permission: "roster:import" },
        { to: "/staff/programmes/enlistment", key: "funnel.staff.title", permission: "programme:funnel" },
        { to: "/staff/enlistment", key: "enlistment.desk.title", permission: "programme:funnel" },
      ],
    },
    {
      key: "nav.group.inform",
      entries: [
        { to: "/staff/reports", key: "nav.staff.reports", permission: "report:read", primary: true },
        { to: "/staff/fairs", key: "nav.staff.fairs", permission: "fair:manage" },
        { to: "/staff/campaigns", key: "campaign.title", permission: "programme:funnel" },
        { to: "/staff/bulletin", key: "search.bulletin.title", permission: "vetting:read" },
        { to: "/staff/mail", key: "nav.staff.mail", permission: "mail:read-local", schoolWide: true },
        { to: "/jobs", key: "nav.jobs" },
      ],
    },
  ];
}

export interface MenuUser {
  role: Role;
  schoolWide: boolean;
}

/** The groups this reader sees, entries they may not open removed, empty groups dropped. */
export function menuFor(user: MenuUser | null): NavGroup[] {
  const groups = NAVIGATION[user ? user.role : "anonymous"];
  return groups
    .map((group) => ({
      key: group.key,
      entries: group.entries.filter(
        (entry) =>
          (!entry.permission || (user !== null && roleCan(user.role, entry.permission))) &&
          (!entry.schoolWide || user?.schoolWide === true),
      ),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Where each role starts: its to-do list. Sign-in, registration and "/login" when signed in go here. */
export const ROLE_HOMES: Record<Role, string> = {
  graduate: "/graduate",
  employer: "/employer",
  staff: "/staff",
  admin: "/staff",
};

export function homeFor(role: Role): string {
  return ROLE_HOMES[role];
}
