/** User-facing strings of the search area, merged into the one dictionary in ../messages.ts. */
export const searchMessages = {} as const satisfies Record<string, { zh: string; en: string }>;
