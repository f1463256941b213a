ALTER TABLE "roster_link_requests" ADD COLUMN "claim_token_hash" text;--> statement-breakpoint
ALTER TABLE "roster_link_requests" ADD COLUMN "claim_expires_at" timestamp with time zone;