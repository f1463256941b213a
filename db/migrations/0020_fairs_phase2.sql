ALTER TABLE "fair_booths" ADD COLUMN "no_show_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD COLUMN "interview_consent_at" timestamp with time zone;