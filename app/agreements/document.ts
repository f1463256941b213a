import type { agreements, employers, graduates } from "../../db/schema";

/**
 * What the agreement's PDF is drawn from: the agreement, both parties, and the graduate's college and
 * major by name. Its own module so that the query (`agreementForDocument` in agreements.server.ts) and
 * the renderer (pdf.server.ts) both depend on it rather than on each other.
 */
export type AgreementDocument = {
  agreement: typeof agreements.$inferSelect;
  employer: typeof employers.$inferSelect;
  graduate: typeof graduates.$inferSelect;
  collegeName: string;
  majorName: string;
};
