CREATE TABLE "counselling_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"counsellor_user_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancelled_by" text,
	"cancel_reason" text,
	"staff_note" text,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_bookings_status_known" CHECK ("counselling_bookings"."status" in ('booked','attended','no_show','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "counselling_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"counsellor_user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"location" text NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"college_id" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"withdraw_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_slots_order" CHECK ("counselling_slots"."ends_at" > "counselling_slots"."starts_at"),
	CONSTRAINT "counselling_slots_mode_known" CHECK ("counselling_slots"."mode" in ('video','in_person')),
	CONSTRAINT "counselling_slots_status_known" CHECK ("counselling_slots"."status" in ('open','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "counselling_topics" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "counselling_bookings" ADD CONSTRAINT "counselling_bookings_slot_id_counselling_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."counselling_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_bookings" ADD CONSTRAINT "counselling_bookings_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_bookings" ADD CONSTRAINT "counselling_bookings_counsellor_user_id_users_id_fk" FOREIGN KEY ("counsellor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_bookings" ADD CONSTRAINT "counselling_bookings_topic_counselling_topics_code_fk" FOREIGN KEY ("topic") REFERENCES "public"."counselling_topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_slots" ADD CONSTRAINT "counselling_slots_counsellor_user_id_users_id_fk" FOREIGN KEY ("counsellor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_slots" ADD CONSTRAINT "counselling_slots_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "counselling_bookings_slot_once" ON "counselling_bookings" USING btree ("slot_id") WHERE "counselling_bookings"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "counselling_bookings_graduate" ON "counselling_bookings" USING btree ("graduate_id","status");--> statement-breakpoint
CREATE INDEX "counselling_bookings_counsellor" ON "counselling_bookings" USING btree ("counsellor_user_id","status");--> statement-breakpoint
CREATE INDEX "counselling_slots_counsellor" ON "counselling_slots" USING btree ("counsellor_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "counselling_slots_open" ON "counselling_slots" USING btree ("starts_at") WHERE "counselling_slots"."status" = 'open';