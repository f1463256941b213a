/** User-facing strings of the reports area, merged into the one dictionary in ../messages.ts. */
export const reportsMessages = {} as const satisfies Record<string, { zh: string; en: string }>;
