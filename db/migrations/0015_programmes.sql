CREATE TABLE "enlistment_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"graduate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file" text NOT NULL,
	"mime" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"review_note" text,
	"reviewed_by_user_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "enlistment_forms_kind_known" CHECK ("enlistment_forms"."kind" in ('pre_enlistment_registration','tuition_compensation')),
	CONSTRAINT "enlistment_forms_state_known" CHECK ("enlistment_forms"."state" in ('submitted','accepted','returned'))
);
--> statement-breakpoint
CREATE TABLE "graduate_eligibility_profiles" (
	"graduate_id" uuid PRIMARY KEY NOT NULL,
	"birth_date" date,
	"political_status" text,
	"certificates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "graduate_eligibility_political_known" CHECK ("graduate_eligibility_profiles"."political_status" is null or "graduate_eligibility_profiles"."political_status" in ('party_member','probationary_member','league_member','masses'))
);
--> statement-breakpoint
CREATE TABLE "programme_interest_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interest_id" uuid NOT NULL,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_interest_events_state_known" CHECK ("programme_interest_events"."to_state" in ('interested','registered_official','school_precheck','exam','health_check','political_review','selected','serving','withdrew','not_selected'))
);
--> statement-breakpoint
CREATE TABLE "programme_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"graduate_id" uuid NOT NULL,
	"year_id" uuid NOT NULL,
	"state" text DEFAULT 'interested' NOT NULL,
	"official_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_interests_state_known" CHECK ("programme_interests"."state" in ('interested','registered_official','school_precheck','exam','health_check','political_review','selected','serving','withdrew','not_selected'))
);
--> statement-breakpoint
CREATE TABLE "programme_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"note_zh" text DEFAULT '' NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_rules_kind_known" CHECK ("programme_rules"."kind" in ('degree','age','major','certificate','political','fresh_graduate','health')),
	CONSTRAINT "programme_rules_status_known" CHECK ("programme_rules"."status" in ('known','unknown','not_required'))
);
--> statement-breakpoint
CREATE TABLE "programme_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"source" text DEFAULT '' NOT NULL,
	"note_zh" text DEFAULT '' NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	CONSTRAINT "programme_windows_kind_known" CHECK ("programme_windows"."kind" in ('registration','registration_female','school_check','exam','health_check','political_review','results','approval','start')),
	CONSTRAINT "programme_windows_status_known" CHECK ("programme_windows"."status" in ('known','unknown','not_required')),
	CONSTRAINT "programme_windows_known_dated" CHECK ("programme_windows"."status" <> 'known' or ("programme_windows"."opens_on" is not null and "programme_windows"."closes_on" is not null and "programme_windows"."closes_on" >= "programme_windows"."opens_on"))
);
--> statement-breakpoint
CREATE TABLE "programme_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_slug" text NOT NULL,
	"year" integer NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"official_url" text,
	"official_url_status" text DEFAULT 'unknown' NOT NULL,
	"official_url_source" text DEFAULT '' NOT NULL,
	"destination_code" text,
	"destination_code_status" text DEFAULT 'unknown' NOT NULL,
	"destination_code_source" text DEFAULT '' NOT NULL,
	"benefits_zh" text DEFAULT '' NOT NULL,
	"benefits_en" text DEFAULT '' NOT NULL,
	"benefits_source" text DEFAULT '' NOT NULL,
	"forms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"copied_from_id" uuid,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_years_year_sane" CHECK ("programme_years"."year" between 2000 and 2100),
	CONSTRAINT "programme_years_url_status_known" CHECK ("programme_years"."official_url_status" in ('known','unknown','not_required')),
	CONSTRAINT "programme_years_code_status_known" CHECK ("programme_years"."destination_code_status" in ('known','unknown','not_required'))
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"summary_zh" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programmes_slug_known" CHECK ("programmes"."slug" in ('xibu','sanzhi','tegang','xuandiao','cunguan','enlistment'))
);
--> statement-breakpoint
ALTER TABLE "enlistment_forms" ADD CONSTRAINT "enlistment_forms_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enlistment_forms" ADD CONSTRAINT "enlistment_forms_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "graduate_eligibility_profiles" ADD CONSTRAINT "graduate_eligibility_profiles_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_interest_events" ADD CONSTRAINT "programme_interest_events_interest_id_programme_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."programme_interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_interest_events" ADD CONSTRAINT "programme_interest_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_interests" ADD CONSTRAINT "programme_interests_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_interests" ADD CONSTRAINT "programme_interests_year_id_programme_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."programme_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_rules" ADD CONSTRAINT "programme_rules_year_id_programme_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."programme_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_windows" ADD CONSTRAINT "programme_windows_year_id_programme_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."programme_years"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_years" ADD CONSTRAINT "programme_years_programme_slug_programmes_slug_fk" FOREIGN KEY ("programme_slug") REFERENCES "public"."programmes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_years" ADD CONSTRAINT "programme_years_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enlistment_forms_once" ON "enlistment_forms" USING btree ("graduate_id","kind");--> statement-breakpoint
CREATE INDEX "programme_interest_events_interest" ON "programme_interest_events" USING btree ("interest_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_interests_once" ON "programme_interests" USING btree ("graduate_id","year_id");--> statement-breakpoint
CREATE INDEX "programme_interests_year_state" ON "programme_interests" USING btree ("year_id","state");--> statement-breakpoint
CREATE INDEX "programme_rules_year" ON "programme_rules" USING btree ("year_id","sort");--> statement-breakpoint
CREATE INDEX "programme_windows_year" ON "programme_windows" USING btree ("year_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_years_once" ON "programme_years" USING btree ("programme_slug","year","province");