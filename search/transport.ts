import http from "node:http";
import https from "node:https";
import { MeilisearchApiError } from "meilisearch";

/**
 * The HTTP transport the Meilisearch client uses instead of the global fetch.
 *
 * Why: on a kept-alive connection, fetch (undici) writes a request's head and body as two TCP
 * segments; the second waits for the server's delayed ACK, so every call stalled ~40–45 ms while
 * Meilisearch itself answered in 2–3 ms. node:http with `end(body)` writes head and body in one
 * write, and the sockets have Nagle off, so a request leaves in one go and nothing waits for an ACK.
 * See docs/decisions/014-speed.md.
 */
export interface MeiliTransport {
  /** Passed to the client as its `httpClient`: returns the parsed JSON body, throws MeilisearchApiError on 4xx/5xx. */
  request: (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => Promise<unknown>;
  /** Closes the idle kept-alive connections (at shutdown, so the process can exit). */
  close(): void;
}

export function createMeiliTransport(options: { maxSockets?: number } = {}): MeiliTransport {
  const agentOptions: http.AgentOptions = {
    keepAlive: true,
    keepAliveMsecs: 1000,
    // Enough parallel connections for a busy web process; more would only queue inside Meilisearch.
    maxSockets: options.maxSockets ?? 32,
    maxFreeSockets: options.maxSockets ?? 32,
    scheduling: "lifo",
  };
  const agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };

  function request(input: Parameters<typeof fetch>[0], init: Parameters<typeof fetch>[1] = {}): Promise<unknown> {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const isHttps = url.protocol === "https:";
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const body = bodyBuffer(init.body);
    if (body) headers["content-length"] = String(body.length);
    const signal = init.signal ?? undefined;

    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const req = (isHttps ? https : http).request(
        url,
        { method: init.method ?? "GET", headers, agent: isHttps ? agents["https:"] : agents["http:"] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            signal?.removeEventListener("abort", onAbort);
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown;
            try {
              parsed = text === "" ? undefined : JSON.parse(text);
            } catch (error) {
              return reject(error);
            }
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(parsed);
            // The same error the client throws with fetch, so callers read `cause.code` either way.
            reject(
              new MeilisearchApiError(
                new Response(null, { status, statusText: res.statusMessage ?? "" }),
                parsed as ConstructorParameters<typeof MeilisearchApiError>[1],
              ),
            );
          });
        },
      );
      function onAbort() {
        req.destroy();
        reject(signal!.reason);
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      req.on("socket", (socket) => socket.setNoDelay(true));
      req.on("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(error);
      });
      // One write: head and body together.
      req.end(body);
    });
  }

  return {
    request,
    close() {
      agents["http:"].destroy();
      agents["https:"].destroy();
    },
  };
}

function bodyBuffer(body: RequestInit["body"]): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // The client only sends JSON/NDJSON strings; a stream or form body would be a programming error here.
  throw new TypeError("Meilisearch transport: unsupported request body");
}
