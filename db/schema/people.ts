import { check, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ROLES, SELF_REGISTERED_ROLES, type Role } from "../../vocabulary";
import { oneOf } from "./checks";

export const colleges = pgTable("colleges", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
});

export const majors = pgTable(
  "majors",
  {
    id: serial("id").primaryKey(),
    collegeId: integer("college_id")
      .notNull()
      .references(() => colleges.id),
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
  },
  (t) => [uniqueIndex("majors_college_name").on(t.collegeId, t.nameZh), index("majors_code").on(t.code)],
);

export { ROLES, type Role } from "../../vocabulary";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stored lower-cased so sign-in is case-insensitive and the unique index is meaningful.
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<Role>().notNull(),
    displayName: text("display_name").notNull(),
    locale: text("locale").$type<"zh-CN" | "en">().notNull().default("zh-CN"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email").on(t.email), check("users_role_known", oneOf(t.role, ROLES))],
);

/**
 * A self-registration waiting for its mailed confirmation link. The account is created only when the
 * link is opened, so /register answers the same whether or not the address already has an account.
 */
export const pendingRegistrations = pgTable(
  "pending_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** SHA-256 of the token in the link. */
    tokenHash: text("token_hash").notNull(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<Role>().notNull(),
    displayName: text("display_name").notNull(),
    locale: text("locale").$type<"zh-CN" | "en">().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("pending_registrations_token").on(t.tokenHash),
    index("pending_registrations_email").on(t.email),
    check("pending_registrations_role_self", oneOf(t.role, SELF_REGISTERED_ROLES)),
  ],
);

/**
 * A mailed password-reset link (forgotten password). Only the SHA-256 of the token is stored; the
 * link works once (usedAt) and for PASSWORD_RESET_MINUTES; a newer link or a reset ends the others.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("password_resets_token").on(t.tokenHash), index("password_resets_user").on(t.userId)],
);

/** A staff member's scope: the whole school (collegeId null) or one college. */
export const staffScopes = pgTable("staff_scopes", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  collegeId: integer("college_id").references(() => colleges.id),
});

export const DEGREES = ["associate", "bachelor", "master", "doctor"] as const;
export type Degree = (typeof DEGREES)[number];

/** The roster (毕业生生源信息): one row per graduate of the school, with or without an account. */
export const graduates = pgTable(
  "graduates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    studentNo: text("student_no").notNull(),
    name: text("name").notNull(),
    gender: text("gender").$type<"male" | "female">().notNull(),
    collegeId: integer("college_id")
      .notNull()
      .references(() => colleges.id),
    majorId: integer("major_id")
      .notNull()
      .references(() => majors.id),
    degree: text("degree").$type<Degree>().notNull(),
    cohort: integer("cohort").notNull(),
    phone: text("phone"),
    email: text("email"),
    /** Sensitive (PIPL art. 28): difficulty categories, shown only to staff of the graduate's scope, every view audited. */
    difficulties: jsonb("difficulties").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("graduates_student_no").on(t.studentNo),
    uniqueIndex("graduates_user").on(t.userId),
    index("graduates_scope").on(t.cohort, t.collegeId, t.majorId),
  ],
);
