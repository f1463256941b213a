CREATE TABLE "interview_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"organizer_user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"booked" boolean DEFAULT false NOT NULL,
	CONSTRAINT "interview_slots_order" CHECK ("interview_slots"."ends_at" > "interview_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"organizer_user_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"location" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"rescheduled_by" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"chosen_slot_id" uuid,
	"cancel_reason" text,
	"outcome" text,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_mode_known" CHECK ("interviews"."mode" in ('video','phone','onsite')),
	CONSTRAINT "interviews_status_known" CHECK ("interviews"."status" in ('proposed','confirmed','rescheduled','completed','no_show','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "interview_slots" ADD CONSTRAINT "interview_slots_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slots" ADD CONSTRAINT "interview_slots_organizer_user_id_users_id_fk" FOREIGN KEY ("organizer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_organizer_user_id_users_id_fk" FOREIGN KEY ("organizer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_slots_interview" ON "interview_slots" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_slots_organizer_booked" ON "interview_slots" USING btree ("organizer_user_id","starts_at") WHERE "interview_slots"."booked";--> statement-breakpoint
CREATE INDEX "interviews_employer" ON "interviews" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "interviews_graduate" ON "interviews" USING btree ("graduate_id","status");