import type { MessageParams } from "../i18n/messages";

/**
 * A role's home page as a to-do list: each item says what waits, links to where it is done and
 * carries the instant it became due (newest first, except an employer's applicants: oldest first,
 * since those have waited longest). `key` is a message key of app/i18n/domains/ux.ts.
 */
export interface TodoItem {
  key: string;
  params: MessageParams;
  link: `/${string}`;
  at: string | null;
  /** Days waited, where waiting is the point (an applicant with no answer). */
  days?: number;
}

export interface TodoSection {
  key: string;
  items: TodoItem[];
  /** Items beyond those listed (the section shows the first few and a link to all). */
  more: number;
}
