/**
 * The room screen's check-in codes: `<window>.<mac>` where the window is a 60-second period and the
 * mac an HMAC-SHA256 over the talk id and the window with the talk's own secret (db column
 * `check_in_secret`, random per talk, never sent to a browser). A code is accepted in its window and
 * the one after, so a graduate who scans just before the screen changes still gets in; a photo of
 * the screen passed around later does not work, and without the secret nobody can make one.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const CHECK_IN_WINDOW_MS = 60_000;

export function newCheckInSecret(): string {
  return randomBytes(32).toString("hex");
}

function mac(secret: string, talkId: string, window: number): string {
  return createHmac("sha256", secret).update(`talk-check-in:${talkId}:${window}`).digest("base64url");
}

export function checkInCode(talk: { id: string; checkInSecret: string }, now: Date): string {
  const window = Math.floor(now.getTime() / CHECK_IN_WINDOW_MS);
  return `${window}.${mac(talk.checkInSecret, talk.id, window)}`;
}

export type CodeVerdict = "ok" | "expired" | "forged";

export function verifyCheckInCode(talk: { id: string; checkInSecret: string }, code: string, now: Date): CodeVerdict {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(code);
  if (!match) return "forged";
  const window = Number(match[1]);
  const expected = Buffer.from(mac(talk.checkInSecret, talk.id, window));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const current = Math.floor(now.getTime() / CHECK_IN_WINDOW_MS);
  return window === current || window === current - 1 ? "ok" : "expired";
}
