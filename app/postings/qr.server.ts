import QRCode from "qrcode";
import { z } from "zod";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { getPublicPosting } from "./postings.server";
import { postingUrl } from "./publishing";

/** A QR code of the posting's public URL, for posters and group chats; only for open postings. */
export async function postingQr(id: string | undefined, format: "png" | "svg") {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success || !(await getPublicPosting(await getDb(), parsed.data)))
    return new Response("Not found", { status: 404 });
  const url = postingUrl(getEnv().publicUrl, parsed.data);
  const headers = { "Cache-Control": "public, max-age=86400" };
  if (format === "svg") {
    const svg = await QRCode.toString(url, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
    return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml" } });
  }
  const png = await QRCode.toBuffer(url, { type: "png", width: 480, margin: 2, errorCorrectionLevel: "M" });
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
