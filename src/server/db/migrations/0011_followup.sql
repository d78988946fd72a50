CREATE TABLE "working_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"province_code" text,
	"lead_organisation_id" uuid,
	"visited_units" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"purpose" text,
	"findings" text,
	"sample" boolean DEFAULT false NOT NULL,
	"search_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followup_item_bodies" (
	"item_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "followup_item_bodies_item_id_organisation_id_pk" PRIMARY KEY("item_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "followup_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"nature" text,
	"parent_id" uuid,
	"reference" text,
	"text" text NOT NULL,
	"lead_organisation_id" uuid,
	"province_code" text,
	"item_date" date NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'not_started' NOT NULL,
	"closing_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"conference_id" uuid,
	"conference_outcome_id" uuid,
	"visit_id" uuid,
	"upr_cycle" integer,
	"upr_position" text,
	"recommending_states" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"treaty" text,
	"session" text,
	"paragraph" text,
	"plan_number" text,
	"plan_date" date,
	"plan_title" text,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sdgs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"affected_persons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sample" boolean DEFAULT false NOT NULL,
	"search_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followup_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"event_kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"from_status" text,
	"to_status" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followup_progress_files" (
	"progress_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "followup_progress_files_progress_id_file_id_pk" PRIMARY KEY("progress_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "followup_progress_indicators" (
	"progress_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	CONSTRAINT "followup_progress_indicators_progress_id_indicator_code_period_pk" PRIMARY KEY("progress_id","indicator_code","period")
);
--> statement-breakpoint
CREATE TABLE "followup_reminders" (
	"item_id" uuid NOT NULL,
	"reminder_kind" text NOT NULL,
	"account_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_reminders_item_id_reminder_kind_account_id_due_date_pk" PRIMARY KEY("item_id","reminder_kind","account_id","due_date")
);
--> statement-breakpoint
CREATE TABLE "public_pages" (
	"province_code" text PRIMARY KEY NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "working_visits" ADD CONSTRAINT "working_visits_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_visits" ADD CONSTRAINT "working_visits_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_item_bodies" ADD CONSTRAINT "followup_item_bodies_item_id_followup_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."followup_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_item_bodies" ADD CONSTRAINT "followup_item_bodies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_parent_id_followup_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."followup_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_conference_outcome_id_conference_outcomes_id_fk" FOREIGN KEY ("conference_outcome_id") REFERENCES "public"."conference_outcomes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_items" ADD CONSTRAINT "followup_items_visit_id_working_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."working_visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_progress" ADD CONSTRAINT "followup_progress_item_id_followup_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."followup_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_progress_files" ADD CONSTRAINT "followup_progress_files_progress_id_followup_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."followup_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_progress_files" ADD CONSTRAINT "followup_progress_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_progress_indicators" ADD CONSTRAINT "followup_progress_indicators_progress_id_followup_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."followup_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_progress_indicators" ADD CONSTRAINT "followup_progress_indicators_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_reminders" ADD CONSTRAINT "followup_reminders_item_id_followup_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."followup_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_pages" ADD CONSTRAINT "public_pages_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "working_visits_province_date_idx" ON "working_visits" USING btree ("province_code","start_date");--> statement-breakpoint
CREATE INDEX "working_visits_search_key_trgm_idx" ON "working_visits" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "followup_item_bodies_org_idx" ON "followup_item_bodies" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "followup_items_province_status_idx" ON "followup_items" USING btree ("province_code","status","due_date");--> statement-breakpoint
CREATE INDEX "followup_items_kind_idx" ON "followup_items" USING btree ("kind","item_date");--> statement-breakpoint
CREATE INDEX "followup_items_parent_idx" ON "followup_items" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "followup_items_lead_idx" ON "followup_items" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "followup_items_due_idx" ON "followup_items" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "followup_items_conference_idx" ON "followup_items" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "followup_items_visit_idx" ON "followup_items" USING btree ("visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_items_outcome_uq" ON "followup_items" USING btree ("conference_outcome_id") WHERE "followup_items"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "followup_items_search_key_trgm_idx" ON "followup_items" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "followup_progress_item_idx" ON "followup_progress" USING btree ("item_id","entry_date");--> statement-breakpoint
CREATE INDEX "followup_progress_indicators_code_idx" ON "followup_progress_indicators" USING btree ("indicator_code");