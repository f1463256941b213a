import type { Writable } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/nonce";
import { RequestIdProvider } from "./components/request-id";
import { getEnv } from "./config/env.server";
import { requestIdOf } from "./http.server";
import { log } from "./log.server";
import { noteRequestError } from "./db-outage.server";
import { responseWithBytes } from "./response-bytes.server";
import { withoutNulBytes } from "./without-nul-bytes";

// Fail at start-up, naming the variable, rather than on the first request that needs it.
getEnv();

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  const requestId = requestIdOf(loadContext) ?? "";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // No route streams deferred data, so the whole document is rendered first and sent in one
    // write: a piped stream cost a write (and a web-stream hop) per React chunk, ~20 for the job
    // list (decision 014). Bots get the same complete document they always got.
    const chunks: Uint8Array[] = [];
    let ended = false;
    // What React's pipe() uses of a Node writable: write (never full), end, on, destroy. A whole
    // Writable cost its stream machinery per 2 kB chunk, and once it closed React's abort listener
    // called end() again, for which Node built an error (stack trace included) that nobody read
    // (decision 032).
    const collector = {
      write(chunk: Uint8Array) {
        chunks.push(chunk);
        return true;
      },
      end() {
        if (ended) return;
        ended = true;
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(
          responseWithBytes(withoutNulBytes(Buffer.concat(chunks)), {
            headers: responseHeaders,
            status: responseStatusCode,
          }),
        );
      },
      on() {
        return collector;
      },
      destroy(error?: unknown) {
        reject(error);
      },
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RequestIdProvider value={requestId}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </RequestIdProvider>
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          clearTimeout(deadline);
          pipe(collector as unknown as Writable);
        },
        onShellError(error: unknown) {
          clearTimeout(deadline);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) log.error("render.error", { requestId, error });
        },
      },
    );
    const deadline = setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Every error a loader or action raised. The log line carries the request id the visitor sees on
 * the error page, and what the error is (code and constraint for the database), never its data.
 */
export function handleError(error: unknown, { request, context }: { request: Request; context?: unknown }) {
  noteRequestError(error);
  if (request.signal.aborted) return;
  log.error("request.error", { requestId: requestIdOf(context), path: new URL(request.url).pathname, error });
}
