CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"speaker_name" text,
	"speaker_rank" text,
	"speaker_title" text,
	"speaker_organisation_id" uuid,
	"duration_minutes" integer
);
--> statement-breakpoint
CREATE TABLE "conference_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "conference_officials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"connection_point_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"rank" text,
	"title" text,
	"organisation_id" uuid,
	"role" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conference_organisers" (
	"conference_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "conference_organisers_conference_id_organisation_id_pk" PRIMARY KEY("conference_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "conference_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"responsible_organisation_id" uuid,
	"responsible_text" text,
	"due_date" date
);
--> statement-breakpoint
CREATE TABLE "conference_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"url" text,
	"title" text,
	"publisher" text,
	"published_date" date
);
--> statement-breakpoint
CREATE TABLE "conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"legacy_province_code" text,
	"commune_code" text,
	"start_date" date NOT NULL,
	"start_time" text,
	"part_of_day" text,
	"end_date" date,
	"venue" text,
	"format" text,
	"status" text NOT NULL,
	"participants_planned" integer,
	"participants_actual" integer,
	"participants_qualifier" text,
	"audiences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text,
	"search_key" text NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connection_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"commune_code" text,
	"host_organisation_id" uuid,
	"is_main" boolean DEFAULT false NOT NULL,
	"planned_attendance" integer,
	"actual_attendance" integer,
	"has_internet" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_speaker_organisation_id_organisations_id_fk" FOREIGN KEY ("speaker_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_materials" ADD CONSTRAINT "conference_materials_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_materials" ADD CONSTRAINT "conference_materials_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_officials" ADD CONSTRAINT "conference_officials_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_officials" ADD CONSTRAINT "conference_officials_connection_point_id_connection_points_id_fk" FOREIGN KEY ("connection_point_id") REFERENCES "public"."connection_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_officials" ADD CONSTRAINT "conference_officials_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_organisers" ADD CONSTRAINT "conference_organisers_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_organisers" ADD CONSTRAINT "conference_organisers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_outcomes" ADD CONSTRAINT "conference_outcomes_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_outcomes" ADD CONSTRAINT "conference_outcomes_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_sources" ADD CONSTRAINT "conference_sources_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_legacy_province_code_legacy_provinces_code_fk" FOREIGN KEY ("legacy_province_code") REFERENCES "public"."legacy_provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_conference_idx" ON "agenda_items" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conference_materials_conference_idx" ON "conference_materials" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conference_officials_conference_idx" ON "conference_officials" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conference_organisers_org_idx" ON "conference_organisers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "conference_outcomes_conference_idx" ON "conference_outcomes" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conference_sources_conference_idx" ON "conference_sources" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conferences_province_date_idx" ON "conferences" USING btree ("province_code","start_date");--> statement-breakpoint
CREATE INDEX "conferences_date_idx" ON "conferences" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "conferences_legacy_province_idx" ON "conferences" USING btree ("legacy_province_code");--> statement-breakpoint
CREATE INDEX "conferences_search_key_trgm_idx" ON "conferences" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "connection_points_conference_idx" ON "connection_points" USING btree ("conference_id");