import "./production-default";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { closeDatabase, getDb } from "../app/db.server";
import { hitRateLimit, AUTH_RATE_LIMIT } from "../app/auth/rate-limit.server";
import { log } from "../app/log.server";
import { scheduleMaintenance } from "../app/outbox/maintenance.server";
import { startOutboxWorker, type RunningWorker } from "../app/outbox/worker.server";
import { outboxHandlers, outboxMergers, resetServices } from "../app/services.server";
import { bootServices, demoAccountsBanner } from "./boot";
import { answerDatabaseOutagesWith503 } from "./database-outage";
import { countingStatements } from "../db/statement-count";
import { statementCountHeader } from "./statement-count-header";
import { assignRequestId, edge, noStoreForSignedIn, randomSlice, sendWebResponse } from "./edge";
import { listPublicFiles } from "./public-files";

const startedAt = Date.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { env, localMeili, seeded } = await bootServices({ startLocalSearch: true, seed: true });

const build = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;

let worker: RunningWorker | null = null;
// Resolved the first time the worker finds nothing left to do (what fails waits for its retry).
let markIdle = () => {};
const firstIdle = new Promise<void>((resolve) => (markIdle = resolve));
if (env.RUN_WORKER) {
  worker = startOutboxWorker(await getDb(), outboxHandlers(), {
    mergers: outboxMergers,
    leaseSeconds: env.OUTBOX_LEASE_SECONDS,
    onIdle: async () => markIdle(),
  });
  scheduleMaintenance(await getDb());
  console.log("worker: outbox worker running in this process (RUN_WORKER=false to run it separately)");
}

function contentSecurityPolicy(nonce: string) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

const app = express();
app.disable("x-powered-by");
// Nothing reads req.query: the edge layer hands Remix the URL, whose routes read its search
// parameters. Express would otherwise parse every query string with qs (decision 032).
app.set("query parser", false);
if (env.TRUST_PROXY) app.set("trust proxy", true);
app.use(assignRequestId);

// Security headers on every response. Added at writeHead so that a route which sets its own
// policy (the sandboxed mail preview) keeps it instead of getting two.
app.use((req: Request, res: Response, next: NextFunction) => {
  const nonce = randomSlice(16).toString("base64");
  res.locals.cspNonce = nonce;
  const defaults: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Only a site served over https may promise browsers it always will be.
  if (env.https) {
    defaults["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  }
  const writeHead = res.writeHead;
  res.writeHead = function patchedWriteHead(this: Response, ...args: Parameters<typeof writeHead>) {
    for (const [name, value] of Object.entries(defaults)) if (!this.hasHeader(name)) this.setHeader(name, value);
    return writeHead.apply(this, args);
  } as typeof writeHead;
  next();
});

// Requests being answered, so a shutdown can say how many it let finish.
let inFlight = 0;
let answeredWhileStopping = 0;
app.use((_req: Request, res: Response, next: NextFunction) => {
  inFlight += 1;
  // While stopping, a keep-alive connection is closed after its answer instead of idling.
  if (stopping) res.setHeader("Connection", "close");
  res.once("close", () => {
    inFlight -= 1;
    if (stopping) {
      answeredWhileStopping += 1;
      server.closeIdleConnections();
    }
  });
  next();
});
if (countingStatements()) app.use(statementCountHeader);
app.use(answerDatabaseOutagesWith503);

app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
// The other public files are few and fixed at deploy time: look them up in a set instead of asking
// the file system on every page request (a stat per request showed in the profile, decision 014).
const publicFiles = listPublicFiles(path.join(root, "public"));
const servePublic = express.static(path.join(root, "public"), {
  maxAge: "1h",
  // Express would call public/feed.xsl application/xml; text/xsl is the type every browser's
  // xml-stylesheet processing accepts (decision 026).
  setHeaders: (res, file) => {
    if (file.endsWith(".xsl")) res.setHeader("Content-Type", "text/xsl; charset=utf-8");
  },
});
app.use((req: Request, res: Response, next: NextFunction) =>
  publicFiles.has(req.path) ? servePublic(req, res, next) : next(),
);

const clientAddressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? "unknown";
// Development mode (error details in answers) only when asked for by name; tests run production.
const handleRemixRequest = createRequestHandler(build, env.NODE_ENV === "development" ? "development" : "production");

// Everything past the static files is a Remix route and passes the edge layer first (decision 012).
app.use(noStoreForSignedIn);
app.all(
  "*",
  edge({
    publicOrigin: env.publicUrl,
    rateLimit: async (key) => hitRateLimit(await getDb(), key, AUTH_RATE_LIMIT),
    clientAddress: clientAddressOf,
  }),
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      const response = await handleRemixRequest(res.locals.remixRequest as globalThis.Request, {
        cspNonce: String(res.locals.cspNonce),
        clientAddress: clientAddressOf(req),
        requestId: String(res.locals.requestId),
        rateLimitCounted: res.locals.rateLimitCounted as string | undefined,
      });
      await sendWebResponse(res, response);
    } catch (error) {
      next(error);
    }
  },
);

// Last stop for an error Remix did not answer itself: never express's default, which destroys
// the socket when the answer has begun (a 503 page may already be on its way).
app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
  if (res.writableEnded) return;
  if (res.headersSent) return void res.end();
  const requestId = String(res.locals.requestId ?? "");
  log.error("request.unhandled", { requestId, path: req.path, error });
  res
    .status(500)
    .type("text/plain; charset=utf-8")
    .send(
      `服务器出错了，请稍后再试（请求编号 ${requestId}）/ Something went wrong; try again later (request id ${requestId}).`,
    );
});

// A newly seeded demo reaches Meilisearch through the outbox. Listening only once the worker has
// caught up means the first visitor of a fresh `npm start` finds the demo postings on /jobs rather
// than an empty search. Bounded, so a search server that is down cannot hold the site back.
if (seeded && worker) {
  console.log("demo data: indexing for search …");
  await Promise.race([firstIdle, new Promise((resolve) => setTimeout(resolve, 120_000).unref())]);
}

const server = app.listen(env.PORT, env.HOST, () => {
  const shown = env.HOST === "0.0.0.0" || env.HOST === "127.0.0.1" ? "localhost" : env.HOST;
  console.log(
    `\njiuye is ready on http://${shown}:${env.PORT} (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );
  // Shown again on later starts (the seed printed it the first time) unless demo data is off.
  if (env.SEED_DEMO && !seeded) console.log(demoAccountsBanner());
  log.info("server.ready", { port: env.PORT, startupMs: Date.now() - startedAt });
});

/** Requests already in flight get this long to finish after SIGTERM; new connections are refused at once. */
const DRAIN_MS = 10_000;

// Longer than any proxy's idle timeout (60 s for most), so the proxy, not this server, closes an
// idle keep-alive connection and never sends a request down one this server is closing.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info("server.stopping", { signal, inFlight });
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await drained;
  clearTimeout(force);
  log.info("server.drained", { signal, answered: answeredWhileStopping, cut: inFlight });
  await worker?.stop();
  resetServices();
  await closeDatabase();
  await localMeili?.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
