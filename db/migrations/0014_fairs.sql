CREATE TABLE "fair_booth_postings" (
	"booth_id" uuid NOT NULL,
	"posting_id" uuid NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "fair_booth_postings_booth_id_posting_id_pk" PRIMARY KEY("booth_id","posting_id")
);
--> statement-breakpoint
CREATE TABLE "fair_booth_representatives" (
	"booth_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"meeting_link" text NOT NULL,
	"online_since" timestamp with time zone,
	"first_online_at" timestamp with time zone,
	CONSTRAINT "fair_booth_representatives_booth_id_user_id_pk" PRIMARY KEY("booth_id","user_id"),
	CONSTRAINT "fair_booth_representatives_https" CHECK ("fair_booth_representatives"."meeting_link" ~ '^https://[^[:space:]]+$')
);
--> statement-breakpoint
CREATE TABLE "fair_booths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"chat_minutes" integer DEFAULT 15 NOT NULL,
	"decision_reason" text,
	"applied_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_booths_status_known" CHECK ("fair_booths"."status" in ('applied','approved','declined','withdrawn')),
	CONSTRAINT "fair_booths_chat_minutes" CHECK ("fair_booths"."chat_minutes" between 3 and 60)
);
--> statement-breakpoint
CREATE TABLE "fair_queue_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"booth_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"seq" bigserial NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"line_at" timestamp with time zone DEFAULT now() NOT NULL,
	"representative_user_id" uuid,
	"meeting_link" text,
	"called_at" timestamp with time zone,
	"chat_started_at" timestamp with time zone,
	"chat_ended_at" timestamp with time zone,
	"missed_calls" integer DEFAULT 0 NOT NULL,
	"interest" text,
	"note" text DEFAULT '' NOT NULL,
	"application_id" uuid,
	"interview_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_queue_status_known" CHECK ("fair_queue_entries"."status" in ('waiting','called','chatting','done','missed','left')),
	CONSTRAINT "fair_queue_interest_known" CHECK ("fair_queue_entries"."interest" is null or "fair_queue_entries"."interest" in ('interested','not_a_fit','invite_to_interview')),
	CONSTRAINT "fair_queue_busy_has_representative" CHECK (not ("fair_queue_entries"."status" in ('called','chatting')) or "fair_queue_entries"."representative_user_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"status" text NOT NULL,
	"seq" bigserial NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_registrations_status_known" CHECK ("fair_registrations"."status" in ('registered','waitlisted','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"college_id" integer,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"live_from" text NOT NULL,
	"live_until" text NOT NULL,
	"audience" jsonb DEFAULT '{"cohorts":[],"degrees":[],"collegeIds":[],"majorIds":[]}'::jsonb NOT NULL,
	"graduate_capacity" integer,
	"waitlist_mode" text DEFAULT 'auto' NOT NULL,
	"booth_capacity" integer NOT NULL,
	"employer_window_opens" date NOT NULL,
	"employer_window_closes" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fairs_status_known" CHECK ("fairs"."status" in ('draft','open_for_employers','open_for_graduates','live','closed')),
	CONSTRAINT "fairs_waitlist_mode_known" CHECK ("fairs"."waitlist_mode" in ('auto','manual')),
	CONSTRAINT "fairs_dates_order" CHECK ("fairs"."ends_on" >= "fairs"."starts_on"),
	CONSTRAINT "fairs_window_order" CHECK ("fairs"."employer_window_closes" >= "fairs"."employer_window_opens"),
	CONSTRAINT "fairs_live_hours" CHECK ("fairs"."live_from" ~ '^[0-2][0-9]:[0-5][0-9]$' and "fairs"."live_until" ~ '^[0-2][0-9]:[0-5][0-9]$' and "fairs"."live_until" > "fairs"."live_from"),
	CONSTRAINT "fairs_graduate_capacity_positive" CHECK ("fairs"."graduate_capacity" is null or "fairs"."graduate_capacity" > 0),
	CONSTRAINT "fairs_booth_capacity_positive" CHECK ("fairs"."booth_capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_representatives" ADD CONSTRAINT "fair_booth_representatives_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_representatives" ADD CONSTRAINT "fair_booth_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_representative_user_id_users_id_fk" FOREIGN KEY ("representative_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booths_one_per_employer" ON "fair_booths" USING btree ("fair_id","employer_id");--> statement-breakpoint
CREATE INDEX "fair_booths_fair" ON "fair_booths" USING btree ("fair_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_one_place_per_booth" ON "fair_queue_entries" USING btree ("booth_id","graduate_id") WHERE "fair_queue_entries"."status" in ('waiting','called','chatting');--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_one_chat_per_graduate" ON "fair_queue_entries" USING btree ("graduate_id") WHERE "fair_queue_entries"."status" in ('called','chatting');--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_one_chat_per_representative" ON "fair_queue_entries" USING btree ("representative_user_id") WHERE "fair_queue_entries"."status" in ('called','chatting');--> statement-breakpoint
CREATE INDEX "fair_queue_line" ON "fair_queue_entries" USING btree ("booth_id","status","line_at","seq");--> statement-breakpoint
CREATE INDEX "fair_queue_graduate" ON "fair_queue_entries" USING btree ("graduate_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_registrations_once" ON "fair_registrations" USING btree ("fair_id","graduate_id");--> statement-breakpoint
CREATE INDEX "fair_registrations_waitlist" ON "fair_registrations" USING btree ("fair_id","status","seq");--> statement-breakpoint
CREATE INDEX "fairs_status" ON "fairs" USING btree ("status","starts_on");
--> statement-breakpoint
-- Every change of a queue entry is announced on the channel fair_queue (ids and state only, no
-- personal data), so a graduate's page served by any web process learns of a call within moments
-- (app/fairs/live.server.ts listens). Written by hand: drizzle-kit does not generate triggers.
CREATE OR REPLACE FUNCTION fair_queue_notify() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('fair_queue', json_build_object(
    'entryId', NEW.id, 'boothId', NEW.booth_id, 'graduateId', NEW.graduate_id, 'status', NEW.status)::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER fair_queue_entries_notify AFTER INSERT OR UPDATE ON fair_queue_entries
  FOR EACH ROW EXECUTE FUNCTION fair_queue_notify();
