import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    clientAddress?: string;
    /** Set by the edge layer (scripts/edge.ts); appears in every log line about the request. */
    requestId?: string;
    /** The sign-in rate-limit bucket the edge layer already counted for this request. */
    rateLimitCounted?: string;
  }
  interface Future {
    v3_singleFetch: true;
  }
}
