/** The public report form (issue 12): pure, shared by the page, the action and the tests. */
import { z } from "zod";
import { REPORT_REASONS } from "../../vocabulary/vetting";

export const REPORT_DETAILS_MIN = 10;
export const REPORT_DETAILS_MAX = 2000;

export const ReportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { message: "report.reason.unknown" }),
  details: z
    .string({ message: "report.details.tooShort" })
    .trim()
    .min(REPORT_DETAILS_MIN, "report.details.tooShort")
    .max(REPORT_DETAILS_MAX, "form.tooLong"),
  // With no file chosen a browser sends an empty part, which the server may read as "" or as an empty
  // file; both mean "none". The type and size are checked by content when the file is stored.
  screenshot: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .custom<File>((value) => value instanceof File, "upload.badType")
      .optional()
      .transform((file) => (file && file.size > 0 ? file : null)),
  ),
});
