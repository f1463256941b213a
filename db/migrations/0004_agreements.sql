CREATE TABLE "agreement_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"event" text NOT NULL,
	"actor_user_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_number_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"application_id" uuid,
	"status" text DEFAULT 'drafted' NOT NULL,
	"position" text NOT NULL,
	"monthly_pay" integer NOT NULL,
	"probation_months" integer DEFAULT 0 NOT NULL,
	"work_province" text NOT NULL,
	"work_city" text NOT NULL,
	"start_date" date NOT NULL,
	"breach_penalty" integer DEFAULT 0 NOT NULL,
	"archive_address" text NOT NULL,
	"hukou_address" text NOT NULL,
	"reply_deadline" timestamp with time zone,
	"decline_reason" text,
	"return_reason" text,
	"number" text,
	"registered_at" timestamp with time zone,
	"release_letter_file" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_status_known" CHECK ("agreements"."status" in ('drafted','invited','accepted','declined','expired','withdrawn','college_approved','registered','returned','breach_requested','breach_college_approved','terminated')),
	CONSTRAINT "agreements_amounts" CHECK ("agreements"."monthly_pay" > 0 and "agreements"."probation_months" between 0 and 6 and "agreements"."breach_penalty" >= 0)
);
--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_events_agreement" ON "agreement_events" USING btree ("agreement_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_number" ON "agreements" USING btree ("number");--> statement-breakpoint
CREATE INDEX "agreements_employer" ON "agreements" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "agreements_graduate" ON "agreements" USING btree ("graduate_id","status");--> statement-breakpoint
CREATE INDEX "agreements_status" ON "agreements" USING btree ("status","updated_at");