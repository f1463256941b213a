import { z } from "zod";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { qrResponse } from "../seo/qr.server";
import { getPublicPosting } from "./postings.server";
import { postingUrl } from "./publishing";

/** A QR code of the posting's public URL, for posters and group chats; only for open postings. */
export async function postingQr(id: string | undefined, format: "png" | "svg") {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success || !(await getPublicPosting(await getDb(), parsed.data)))
    return new Response("Not found", { status: 404 });
  return qrResponse(postingUrl(getEnv().publicUrl, parsed.data), format);
}
