CREATE TABLE "posting_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid NOT NULL,
	"reporter_user_id" uuid,
	"reason" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posting_reports_reason_known" CHECK ("posting_reports"."reason" in ('scam','fee','discrimination','false_information','off_platform','other')),
	CONSTRAINT "posting_reports_status_known" CHECK ("posting_reports"."status" in ('open','taken_down','dismissed'))
);
--> statement-breakpoint
CREATE TABLE "vetting_corpus_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid,
	"content" jsonb NOT NULL,
	"labels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" text NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vetting_corpus_items_decision_known" CHECK ("vetting_corpus_items"."decision" in ('reject', 'override'))
);
--> statement-breakpoint
ALTER TABLE "posting_reports" ADD CONSTRAINT "posting_reports_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_reports" ADD CONSTRAINT "posting_reports_reporter_user_id_users_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_reports" ADD CONSTRAINT "posting_reports_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_corpus_items" ADD CONSTRAINT "vetting_corpus_items_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_corpus_items" ADD CONSTRAINT "vetting_corpus_items_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "posting_reports_posting" ON "posting_reports" USING btree ("posting_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "vetting_corpus_items_posting" ON "vetting_corpus_items" USING btree ("posting_id");