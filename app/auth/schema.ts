import { z } from "zod";
import { STAFF_ROLES } from "../../vocabulary";

const COMMON_PASSWORDS = new Set([
  "password",
  "password1",
  "12345678",
  "123456789",
  "1234567890",
  "qwertyui",
  "qwerty123",
  "11111111",
  "88888888",
  "abc12345",
  "iloveyou",
  "woaini1314",
  "a1234567",
  "aa123456",
  "00000000",
  "66666666",
]);

/** Pure password rules, shared by registration, admin-created accounts and tests. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < 8) return "password.tooShort";
  if (password.length > 256) return "password.tooLong";
  if (new Set(password).size <= 2 || COMMON_PASSWORDS.has(password.toLowerCase())) return "password.weak";
  if (email && email.length >= 4 && password.toLowerCase().includes(email.toLowerCase()))
    return "password.containsEmail";
  return null;
}

export const EmailSchema = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "form.required")
  .max(254, "form.tooLong")
  .toLowerCase()
  .pipe(z.email("form.email"));

export const PasswordSchema = z
  .string({ error: "form.required" })
  .min(1, "form.required")
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const DisplayNameSchema = z
  .string({ error: "form.required" })
  .trim()
  .min(1, "displayName.tooShort")
  .max(60, "form.tooLong");

export const SELF_REGISTERING_ROLES = ["graduate", "employer"] as const;

export const RegistrationSchema = z
  .object({
    email: EmailSchema,
    password: PasswordSchema,
    displayName: DisplayNameSchema,
    role: z.enum(SELF_REGISTERING_ROLES, { error: "form.required" }),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem === "password.containsEmail") ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

/** "Forgot your password": the address only; every address gets the same answer. */
export const PasswordResetRequestSchema = z.object({ email: EmailSchema });

/** The new password from a mailed link, under the same rules as at registration, typed twice. */
export const PasswordResetSchema = z
  .object({
    password: PasswordSchema,
    passwordConfirm: z.string({ error: "form.required" }).min(1, "form.required"),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.passwordConfirm)
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "password.mismatch" });
  });

export const LoginSchema = z.object({
  email: EmailSchema,
  // No policy at sign-in: old passwords that predate a rule must still work.
  password: z.string({ error: "form.required" }).min(1, "form.required").max(1024, "form.tooLong"),
  redirectTo: z.string().optional(),
});

const UNSAFE_IN_REDIRECT = /[\u0000-\u001F\u007F\\]/;
const REDIRECT_BASE = "http://jiuye.invalid";

/**
 * Only paths of this site, so a crafted link cannot bounce a fresh session to another one.
 * Browsers drop tabs and newlines from URLs and read a backslash as a slash, so `/\t/evil.example`
 * and `/\\evil.example` are `//evil.example` to them: a target with a control character or a
 * backslash, raw or percent-encoded, is refused outright, and what is left must parse as a path
 * on this origin. The answer is the parsed path, query and fragment, never the raw text.
 */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || UNSAFE_IN_REDIRECT.test(target)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  if (decoded.startsWith("//") || UNSAFE_IN_REDIRECT.test(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(target, REDIRECT_BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== REDIRECT_BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The language of every mail an account receives (app/i18n/mail-locale.ts). */
export const MailLocaleField = z.enum(["zh-CN", "en"], { error: "mailLanguage.invalid" });
export const MailLanguageSchema = z.object({ locale: MailLocaleField });

/** An account an administrator creates for a colleague (staff or admin), school-wide or for one college. */
export const StaffAccountSchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  role: z.enum(STAFF_ROLES, { error: "form.required" }),
  /** The new colleague's mail language; the form offers the administrator's own as the default. */
  locale: MailLocaleField.optional(),
  // "school" or a college id; admins are always school-wide.
  scope: z
    .string({ error: "users.scope.required" })
    .min(1, "users.scope.required")
    .transform((value, ctx) => {
      if (value === "school") return null;
      const id = Number(value);
      if (!Number.isSafeInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "users.scope.required" });
        return z.NEVER;
      }
      return id;
    }),
});

/** The account page's forms (decision 009): ending one of one's own other sessions, named by its key. */
export const AccountForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("revoke-session"), session: z.string().max(40, "form.invalid") }),
]);
