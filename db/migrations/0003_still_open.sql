ALTER TABLE "postings" ADD COLUMN "open_check_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "postings" ADD COLUMN "open_confirmed_at" timestamp with time zone;