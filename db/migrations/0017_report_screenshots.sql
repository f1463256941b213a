ALTER TABLE "posting_reports" ADD COLUMN "screenshot_file" text;--> statement-breakpoint
ALTER TABLE "posting_reports" ADD COLUMN "screenshot_mime" text;