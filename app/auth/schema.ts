import { z } from "zod";

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

export const LoginSchema = z.object({
  email: EmailSchema,
  // No policy at sign-in: old passwords that predate a rule must still work.
  password: z.string({ error: "form.required" }).min(1, "form.required").max(1024, "form.tooLong"),
  redirectTo: z.string().optional(),
});

/** Only same-site paths, so a crafted link cannot bounce a fresh session to another site. */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  return target;
}
