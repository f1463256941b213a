import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { graduateIdForUser } from "../fairs/queue.server";
import { subscribeToQueue } from "../fairs/live.server";
import { notFound } from "../http.server";

/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events for the signed-in graduate: `queue` whenever one of their queue entries
 * changes (a call, back in line, …). The page refreshes its data on each. Where there is no
 * listener (PGlite) the stream ends at once, and the page's error handler closes it and polls;
 * a user without a roster entry gets 204.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "fair:register");
  if (!z.uuid().safeParse(params.id).success) notFound();
  const graduateId = await graduateIdForUser(await getDb(), user.id);
  if (!graduateId) return new Response(null, { status: 204 });
  const encoder = new TextEncoder();
  let stop = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          // the reader went away between the notice and the write
        }
      };
      const subscription = await subscribeToQueue((notice) => {
        if (notice.graduateId === graduateId)
          send(`event: queue\ndata: ${JSON.stringify({ status: notice.status })}\n\n`);
      });
      if (!subscription.live) {
        controller.close();
        return;
      }
      stop = subscription.stop;
      send("retry: 2000\n\n");
      heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      const end = () => {
        stop();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      // The page may have gone while the subscription was being made: "abort" has fired already
      // then, and the subscription and its heartbeat would outlive the stream.
      if (request.signal.aborted) end();
      else request.signal.addEventListener("abort", end);
    },
    cancel() {
      stop();
      clearInterval(heartbeat);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
