/** User-facing strings of the graduates area, merged into the one dictionary in ../messages.ts. */
export const graduatesMessages = {} as const satisfies Record<string, { zh: string; en: string }>;
