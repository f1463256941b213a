/** User-facing strings of the agreements area, merged into the one dictionary in ../messages.ts. */
export const agreementsMessages = {} as const satisfies Record<string, { zh: string; en: string }>;
