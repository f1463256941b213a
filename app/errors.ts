/**
 * The one error type domain functions throw for a user's mistake or a refused action. `message`
 * is a message key or a bilingual text; routes turn it into a 4xx answer with the field named.
 */
export class DomainError extends Error {
  readonly domain: string;
  readonly status: number;
  readonly field: string;
  readonly text: string | { zh: string; en: string };

  constructor(options: {
    domain: string;
    status?: number;
    message: string | { zh: string; en: string };
    field?: string;
  }) {
    super(typeof options.message === "string" ? options.message : options.message.en);
    this.name = "DomainError";
    this.domain = options.domain;
    this.status = options.status ?? 400;
    this.field = options.field ?? "_form";
    this.text = options.message;
  }
}

/** A bilingual text rendered as one string, for field errors that must carry both languages. */
export function bothLanguages(text: string | { zh: string; en: string }): string {
  return typeof text === "string" ? text : `${text.zh} / ${text.en}`;
}
