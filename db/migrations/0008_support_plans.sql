CREATE TABLE "support_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"next_step" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_contacts_channel_known" CHECK ("support_contacts"."channel" in ('phone','wechat','in_person','video','other'))
);
--> statement-breakpoint
CREATE TABLE "support_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"text" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"graduate_id" uuid NOT NULL,
	"counsellor_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"close_reason" text,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_plans_status_known" CHECK ("support_plans"."status" in ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "support_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"posting_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"referred_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_subsidies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_yuan" integer NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"applied_on" date NOT NULL,
	"decided_on" date,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_subsidies_status_known" CHECK ("support_subsidies"."status" in ('applied','granted','refused')),
	CONSTRAINT "support_subsidies_amount_positive" CHECK ("support_subsidies"."amount_yuan" > 0)
);
--> statement-breakpoint
ALTER TABLE "support_contacts" ADD CONSTRAINT "support_contacts_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_contacts" ADD CONSTRAINT "support_contacts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_goals" ADD CONSTRAINT "support_goals_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_goals" ADD CONSTRAINT "support_goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_referrals" ADD CONSTRAINT "support_referrals_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_referrals" ADD CONSTRAINT "support_referrals_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_referrals" ADD CONSTRAINT "support_referrals_referred_by_users_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_subsidies" ADD CONSTRAINT "support_subsidies_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_subsidies" ADD CONSTRAINT "support_subsidies_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_contacts_plan" ON "support_contacts" USING btree ("plan_id","contacted_on");--> statement-breakpoint
CREATE INDEX "support_goals_plan" ON "support_goals" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_plans_graduate" ON "support_plans" USING btree ("graduate_id");--> statement-breakpoint
CREATE INDEX "support_plans_counsellor" ON "support_plans" USING btree ("counsellor_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "support_referrals_plan_posting" ON "support_referrals" USING btree ("plan_id","posting_id");--> statement-breakpoint
CREATE INDEX "support_subsidies_plan" ON "support_subsidies" USING btree ("plan_id");