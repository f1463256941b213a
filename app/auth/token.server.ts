import { createHash } from "node:crypto";

/**
 * What the database keeps of a secret token (a session cookie, a mailed link, a calendar feed URL):
 * its SHA-256, so a copy of the database opens nothing. One definition, because the row written
 * with a token and the lookup that finds it again must hash it the same way.
 */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
