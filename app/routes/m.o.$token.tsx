import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordOpen } from "../campaigns/campaigns.server";
import { getDb } from "../db.server";

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * The open pixel of a campaign mail: our own route, an opaque token, nothing about the reader in
 * the URL. Every answer is the same image, so the route confirms no token.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  await recordOpen(await getDb(), params.token ?? "");
  return new Response(PIXEL, {
    headers: {
      "Content-Type": "image/gif",
      "Content-Length": String(PIXEL.length),
      "Cache-Control": "no-store, private",
      "Referrer-Policy": "no-referrer",
    },
  });
}
