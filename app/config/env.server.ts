import path from "node:path";
import { z } from "zod";
import { FAIR_NO_SHOW_RULE } from "../../vocabulary/fairs";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://");

/**
 * Every variable the app reads. Absent service variables select the embedded defaults
 * (PGlite, the bundled Meilisearch binary, the local mail outbox) so that a newcomer's
 * `npm start` needs no configuration at all.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    DATABASE_URL: postgresUrl.optional(),
    MEILI_HOST: z.url().optional(),
    MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 bytes").optional(),
    /** The bundled Meilisearch's indexing memory ("1GiB", "512MiB"); default: a quarter of the machine's memory, 256 MiB–4 GiB. */
    MEILI_MAX_INDEXING_MEMORY: z
      .string()
      .regex(/^\d+(\.\d+)?\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/, 'a size such as "512MiB" or "2GiB"')
      .optional(),
    SEARCH_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]+$/, "only a-z, 0-9 and _")
      .default("jiuye"),
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("就业指导中心 <no-reply@jiuye.localhost>"),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .default(12 * 60),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .default(14 * 24),
    RUN_WORKER: booleanFlag.default(true),
    /** Seconds a worker holds a claimed outbox row; after a crash its rows wait this long. */
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
    SEED_DEMO: booleanFlag.default(true),
    TRUST_PROXY: booleanFlag.default(false),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** Campus talks (宣讲会) are requested at least this many working days (Mon–Fri, school time) ahead. */
    TALK_NOTICE_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(5),
    /** Fair no-shows (issue 13): this many within FAIR_NO_SHOW_BAR_DAYS bar an employer from booths for that long after the last. */
    FAIR_NO_SHOW_LIMIT: z.coerce.number().int().min(1).max(20).default(FAIR_NO_SHOW_RULE.limit),
    FAIR_NO_SHOW_BAR_DAYS: z.coerce.number().int().min(1).max(3650).default(FAIR_NO_SHOW_RULE.barDays),
    SCHOOL_NAME: z.string().min(2).default("江南理工大学"),
    /** Whether 三方协议 go through a college review before the school's (provinces differ). */
    AGREEMENT_COLLEGE_REVIEW: booleanFlag.default(true),
  })
  .superRefine((env, ctx) => {
    if (env.MEILI_HOST && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({ code: "custom", path: ["MEILI_MASTER_KEY"], message: "is required when MEILI_HOST is set" });
    }
  });

export type Env = z.infer<typeof EnvSchema> & {
  publicUrl: string;
  dataDir: string;
  /** Served over https (PUBLIC_URL): cookies are `Secure` and `__Host-`, HSTS is sent. */
  https: boolean;
};

export class EnvError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super(
      "Invalid environment:\n" +
        Object.entries(fieldErrors)
          .map(([name, messages]) => `  ${name}: ${messages.join("; ")}`)
          .join("\n"),
    );
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings are treated as unset: `FOO= npm start` should mean "use the default".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const { fieldErrors } = z.flattenError(result.error);
    throw new EnvError(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v ?? []])));
  }
  const env = result.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return {
    ...env,
    publicUrl,
    https: publicUrl.startsWith("https:"),
    dataDir: path.resolve(env.DATA_DIR),
  };
}

const cache = globalThis as typeof globalThis & { __jiuyeEnv?: Env };

/** The process environment, parsed once. Tests that change process.env call resetEnv(). */
export function getEnv(): Env {
  cache.__jiuyeEnv ??= parseEnv(process.env);
  return cache.__jiuyeEnv;
}

export function resetEnv() {
  cache.__jiuyeEnv = undefined;
}
