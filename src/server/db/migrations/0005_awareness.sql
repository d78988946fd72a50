CREATE TABLE "awareness_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"connection_point_id" uuid,
	"code" text NOT NULL,
	"batch" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awareness_plans" (
	"conference_id" uuid PRIMARY KEY NOT NULL,
	"public_token" text NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pre_open" boolean DEFAULT false NOT NULL,
	"post_open" boolean DEFAULT false NOT NULL,
	"survey_open" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awareness_plans_public_token_unique" UNIQUE("public_token")
);
--> statement-breakpoint
CREATE TABLE "awareness_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text,
	"theme" text NOT NULL,
	"text" text NOT NULL,
	"options" jsonb NOT NULL,
	"correct" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"search_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awareness_responses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"answers" jsonb NOT NULL,
	"score" integer,
	"max_score" integer,
	"comment" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connection_points" ADD COLUMN "check_in_token" text;--> statement-breakpoint
ALTER TABLE "awareness_codes" ADD CONSTRAINT "awareness_codes_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_codes" ADD CONSTRAINT "awareness_codes_connection_point_id_connection_points_id_fk" FOREIGN KEY ("connection_point_id") REFERENCES "public"."connection_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_plans" ADD CONSTRAINT "awareness_plans_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_questions" ADD CONSTRAINT "awareness_questions_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_responses" ADD CONSTRAINT "awareness_responses_code_id_awareness_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."awareness_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_responses" ADD CONSTRAINT "awareness_responses_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "awareness_codes_conference_code_idx" ON "awareness_codes" USING btree ("conference_id","code");--> statement-breakpoint
CREATE INDEX "awareness_codes_point_idx" ON "awareness_codes" USING btree ("connection_point_id");--> statement-breakpoint
CREATE INDEX "awareness_questions_owner_theme_idx" ON "awareness_questions" USING btree ("province_code","theme");--> statement-breakpoint
CREATE UNIQUE INDEX "awareness_responses_code_phase_idx" ON "awareness_responses" USING btree ("code_id","phase");--> statement-breakpoint
CREATE INDEX "awareness_responses_conference_idx" ON "awareness_responses" USING btree ("conference_id","phase");--> statement-breakpoint
CREATE INDEX "awareness_responses_scored_idx" ON "awareness_responses" USING btree ("conference_id") WHERE "awareness_responses"."score" is not null;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_check_in_token_unique" UNIQUE("check_in_token");