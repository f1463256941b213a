CREATE TABLE "fair_booth_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"booth_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"capacity" integer NOT NULL,
	"meeting_link" text NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_booth_sessions_minutes" CHECK ("fair_booth_sessions"."minutes" between 10 and 240),
	CONSTRAINT "fair_booth_sessions_capacity_positive" CHECK ("fair_booth_sessions"."capacity" > 0),
	CONSTRAINT "fair_booth_sessions_https" CHECK ("fair_booth_sessions"."meeting_link" ~ '^https://[^[:space:]]+$')
);
--> statement-breakpoint
CREATE TABLE "fair_session_registrations" (
	"session_id" uuid NOT NULL,
	"graduate_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attended_at" timestamp with time zone,
	CONSTRAINT "fair_session_registrations_session_id_graduate_id_pk" PRIMARY KEY("session_id","graduate_id")
);
--> statement-breakpoint
ALTER TABLE "fair_booth_sessions" ADD CONSTRAINT "fair_booth_sessions_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_sessions" ADD CONSTRAINT "fair_booth_sessions_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_sessions" ADD CONSTRAINT "fair_booth_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_session_registrations" ADD CONSTRAINT "fair_session_registrations_session_id_fair_booth_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."fair_booth_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_session_registrations" ADD CONSTRAINT "fair_session_registrations_graduate_id_graduates_id_fk" FOREIGN KEY ("graduate_id") REFERENCES "public"."graduates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fair_booth_sessions_booth" ON "fair_booth_sessions" USING btree ("booth_id","starts_at");--> statement-breakpoint
CREATE INDEX "fair_booth_sessions_fair" ON "fair_booth_sessions" USING btree ("fair_id","starts_at");--> statement-breakpoint
CREATE INDEX "fair_session_registrations_graduate" ON "fair_session_registrations" USING btree ("graduate_id");