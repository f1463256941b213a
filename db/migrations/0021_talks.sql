CREATE TABLE "talk_attendance" (
	"talk_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"method" text NOT NULL,
	"recorded_by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talk_attendance_talk_id_graduate_id_pk" PRIMARY KEY("talk_id","graduate_id"),
	CONSTRAINT "talk_attendance_method_known" CHECK ("talk_attendance"."method" in ('qr','staff','online'))
);
--> statement-breakpoint
CREATE TABLE "talk_postings" (
	"talk_id" uuid NOT NULL,
	"posting_id" uuid NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "talk_postings_talk_id_posting_id_pk" PRIMARY KEY("talk_id","posting_id")
);
--> statement-breakpoint
CREATE TABLE "talk_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"talk_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"status" text DEFAULT 'signed_up' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talk_signups_status_known" CHECK ("talk_signups"."status" in ('signed_up','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "talk_venues" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"building" text NOT NULL,
	"capacity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talk_venues_capacity_positive" CHECK ("talk_venues"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "talks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"brochure" text NOT NULL,
	"mode" text NOT NULL,
	"venue_id" integer,
	"meeting_link" text,
	"talk_date" date NOT NULL,
	"slot" text NOT NULL,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"decision_reason" text,
	"check_in_secret" text NOT NULL,
	"requested_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talks_status_known" CHECK ("talks"."status" in ('requested','approved','declined','withdrawn','cancelled')),
	CONSTRAINT "talks_mode_known" CHECK ("talks"."mode" in ('online','on_campus')),
	CONSTRAINT "talks_slot_known" CHECK ("talks"."slot" in ('morning','afternoon','evening')),
	CONSTRAINT "talks_mode_place" CHECK (("talks"."mode" = 'on_campus' and "talks"."venue_id" is not null and "talks"."meeting_link" is null) or ("talks"."mode" = 'online' and "talks"."venue_id" is null and "talks"."meeting_link" ~ '^https://')),
	CONSTRAINT "talks_capacity_positive" CHECK ("talks"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "talk_attendance" ADD CONSTRAINT "talk_attendance_talk_id_talks_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_attendance" ADD CONSTRAINT "talk_attendance_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_attendance" ADD CONSTRAINT "talk_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_postings" ADD CONSTRAINT "talk_postings_talk_id_talks_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_postings" ADD CONSTRAINT "talk_postings_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_signups" ADD CONSTRAINT "talk_signups_talk_id_talks_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_signups" ADD CONSTRAINT "talk_signups_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_venue_id_talk_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."talk_venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talks" ADD CONSTRAINT "talks_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "talk_signups_once" ON "talk_signups" USING btree ("talk_id","graduate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talk_venues_name" ON "talk_venues" USING btree ("building","name");--> statement-breakpoint
CREATE UNIQUE INDEX "talks_one_per_venue_slot" ON "talks" USING btree ("venue_id","talk_date","slot") WHERE "talks"."status" in ('requested','approved');--> statement-breakpoint
CREATE INDEX "talks_status_date" ON "talks" USING btree ("status","talk_date");--> statement-breakpoint
CREATE INDEX "talks_employer" ON "talks" USING btree ("employer_id");