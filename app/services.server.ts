import { sql } from "drizzle-orm";
import type { Meilisearch } from "meilisearch";
import { AGREEMENT_EVIDENCE_JOB, attachAgreementEvidence } from "./agreements/agreements.server";
import { createLocalMailer, createSmtpMailer, type Mailer } from "../emails/transport";
import { createSearchClient, searchIsHealthy } from "../search/client";
import { forgetPostingSearchAnswers } from "../search/answer-cache";
import { ensurePostingsIndex, postingsIndexName, syncPostings } from "../search/postings-index";
import { schoolDate } from "./time";
import { getEnv } from "./config/env.server";
import { getDatabaseHandle, getDb } from "./db.server";
import { messageIdFor, type MailPayload } from "./outbox/outbox.server";
import { PermanentJobError, type OutboxHandlers } from "./outbox/worker.server";
import type { OutgoingMail } from "../emails/transport";
import { log } from "./log.server";
import { bundledSearchStatus } from "./search-health.server";
import type { SupervisorStatus } from "../search/local-server";

const holder = globalThis as typeof globalThis & { __jiuyeMailer?: Mailer; __jiuyeSearch?: Meilisearch };

export function getMailer(): Mailer {
  if (!holder.__jiuyeMailer) {
    const env = getEnv();
    holder.__jiuyeMailer = env.SMTP_URL ? createSmtpMailer(env.SMTP_URL) : createLocalMailer(getDb);
  }
  return holder.__jiuyeMailer;
}

/** The launcher sets MEILI_HOST (its own bundled server when none is configured) before serving. */
export function getSearchClient(): Meilisearch {
  if (!holder.__jiuyeSearch) {
    const env = getEnv();
    if (!env.MEILI_HOST || !env.MEILI_MASTER_KEY) throw new Error("Meilisearch is not configured (MEILI_HOST)");
    holder.__jiuyeSearch = createSearchClient({
      host: env.MEILI_HOST,
      apiKey: env.MEILI_MASTER_KEY,
      indexPrefix: env.SEARCH_INDEX_PREFIX,
    });
  }
  return holder.__jiuyeSearch;
}

export function postingsIndex(): string {
  return postingsIndexName(getEnv().SEARCH_INDEX_PREFIX);
}

/** Creates the postings index and applies the declared settings when they differ from the live ones. */
export async function prepareSearchIndexes() {
  return ensurePostingsIndex(getSearchClient(), postingsIndex());
}

export function resetServices() {
  holder.__jiuyeMailer?.close();
  holder.__jiuyeMailer = undefined;
  holder.__jiuyeSearch = undefined;
  // Answers shared from the previous client belong to another server (tests point MEILI_HOST elsewhere).
  forgetPostingSearchAnswers();
}

export function mailHost(): string {
  try {
    return new URL(getEnv().publicUrl).hostname || "jiuye.localhost";
  } catch {
    return "jiuye.localhost";
  }
}

/** An SMTP 5xx is the server refusing this mail for good (unknown mailbox, policy): retrying cannot help. */
async function sendOrClassify(mail: OutgoingMail) {
  try {
    return await getMailer().send(mail);
  } catch (error) {
    const code = (error as { responseCode?: unknown }).responseCode;
    if (typeof code === "number" && code >= 500 && code < 600) throw new PermanentJobError(`smtp_${code}`);
    throw error;
  }
}

export function outboxHandlers(): OutboxHandlers {
  return {
    "mail.send": async (payload, row) => {
      const mail = payload as unknown as MailPayload;
      const sent = await sendOrClassify({
        from: getEnv().MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: mail.headers,
        icalEvent: mail.icalEvent,
        messageId: messageIdFor(row.idempotencyKey, mailHost()),
      });
      return { messageId: sent.messageId };
    },
    [AGREEMENT_EVIDENCE_JOB]: async (payload) => {
      const agreementId = typeof payload.agreementId === "string" ? payload.agreementId : "";
      return { attached: await attachAgreementEvidence(await getDb(), agreementId) };
    },
    "search.sync-postings": async (payload) => {
      const ids = Array.isArray(payload.postingIds)
        ? payload.postingIds.filter((id): id is string => typeof id === "string")
        : [];
      const started = Date.now();
      const result = await syncPostings(await getDb(), getSearchClient(), postingsIndex(), ids, schoolDate());
      log.info("search.synced", { ...result, ms: Date.now() - started });
      return result;
    },
  };
}

/** Sync jobs merge: one Meilisearch write for every posting due at once. */
export const outboxMergers = {
  "search.sync-postings": (payloads: Record<string, unknown>[]) => ({
    postingIds: [...new Set(payloads.flatMap((p) => (Array.isArray(p.postingIds) ? p.postingIds : [])))],
  }),
};

export interface HealthReport {
  ok: boolean;
  database: { status: "up" | "down"; kind?: string };
  search: {
    status: "up" | "down" | "unconfigured";
    /** Only for the bundled server: whether its supervisor is starting it again, and how often it has. */
    supervisor?: { state: SupervisorStatus["state"]; restarts: number; lastExitAt: string | null };
  };
  mail: { status: "up" | "down"; kind: "smtp" | "local" };
}

export async function checkHealth(): Promise<HealthReport> {
  const database = await (async (): Promise<HealthReport["database"]> => {
    try {
      const handle = await getDatabaseHandle();
      await handle.db.execute(sql`select 1`);
      return { status: "up", kind: handle.kind };
    } catch {
      return { status: "down" };
    }
  })();
  let search: HealthReport["search"] = { status: "unconfigured" };
  if (getEnv().MEILI_HOST) search = { status: (await searchIsHealthy(getSearchClient())) ? "up" : "down" };
  const bundled = bundledSearchStatus();
  if (bundled)
    search.supervisor = { state: bundled.state, restarts: bundled.restarts, lastExitAt: bundled.lastExit?.at ?? null };
  const mailer = getMailer();
  const mail: HealthReport["mail"] = { status: (await mailer.verify()) ? "up" : "down", kind: mailer.kind };
  return { ok: database.status === "up" && search.status === "up" && mail.status === "up", database, search, mail };
}
