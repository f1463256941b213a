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
ALTER TABLE "vetting_corpus_items" ADD CONSTRAINT "vetting_corpus_items_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_corpus_items" ADD CONSTRAINT "vetting_corpus_items_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vetting_corpus_items_posting" ON "vetting_corpus_items" USING btree ("posting_id");