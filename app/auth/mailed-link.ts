/** Where a mailed one-time link (registration, password reset) stands: what its page shows, or why it is refused. */
export type MailedLinkStatus = "ok" | "invalid" | "used" | "expired";

/**
 * The status of a link looked up by its token: none found, or one made void (its account disabled),
 * is invalid; one opened before is used; one past its time is expired.
 */
export function mailedLinkStatus(
  row: { usedAt: Date | null; expired: boolean } | undefined,
  options: { void?: boolean } = {},
): MailedLinkStatus {
  if (!row || options.void) return "invalid";
  if (row.usedAt) return "used";
  return row.expired ? "expired" : "ok";
}
