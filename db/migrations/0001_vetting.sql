CREATE TABLE "employer_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "employer_members" (
	"employer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"is_owner" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_members_employer_id_user_id_pk" PRIMARY KEY("employer_id","user_id"),
	CONSTRAINT "employer_members_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"type" text NOT NULL,
	"industry" text NOT NULL,
	"province" text NOT NULL,
	"city" text NOT NULL,
	"address" text NOT NULL,
	"website" text,
	"contact_email" text NOT NULL,
	"contact_phone" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"hr_licence_no" text,
	"is_agency" boolean DEFAULT false NOT NULL,
	"licence_file" text,
	"licence_mime" text,
	"licence_sha256" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"status_reasons" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_status_known" CHECK ("employers"."status" in ('pending','verified','rejected','suspended'))
);
--> statement-breakpoint
CREATE TABLE "posting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid NOT NULL,
	"revision_id" uuid,
	"decision" text NOT NULL,
	"reasons" text,
	"override_reason" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posting_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"posting_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reasons" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"job_type" text NOT NULL,
	"headcount" integer NOT NULL,
	"duties" text NOT NULL,
	"requirements" text NOT NULL,
	"degree" text NOT NULL,
	"majors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"salary_min" integer NOT NULL,
	"salary_max" integer NOT NULL,
	"benefits" text DEFAULT '' NOT NULL,
	"deadline" date NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"programme" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reasons" text,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "postings_salary_range" CHECK ("postings"."salary_min" > 0 and "postings"."salary_min" <= "postings"."salary_max")
);
--> statement-breakpoint
ALTER TABLE "employer_invitations" ADD CONSTRAINT "employer_invitations_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_invitations" ADD CONSTRAINT "employer_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_members" ADD CONSTRAINT "employer_members_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_members" ADD CONSTRAINT "employer_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_decisions" ADD CONSTRAINT "posting_decisions_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_decisions" ADD CONSTRAINT "posting_decisions_revision_id_posting_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."posting_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_decisions" ADD CONSTRAINT "posting_decisions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_revisions" ADD CONSTRAINT "posting_revisions_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_revisions" ADD CONSTRAINT "posting_revisions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employers_credit_code" ON "employers" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "employers_status" ON "employers" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "posting_decisions_posting" ON "posting_decisions" USING btree ("posting_id","created_at");--> statement-breakpoint
CREATE INDEX "posting_revisions_posting" ON "posting_revisions" USING btree ("posting_id","status");--> statement-breakpoint
CREATE INDEX "postings_employer" ON "postings" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "postings_queue" ON "postings" USING btree ("status","submitted_at");