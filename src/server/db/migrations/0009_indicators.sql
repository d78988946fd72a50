CREATE TABLE "indicator_aggregates" (
	"indicator_code" text NOT NULL,
	"province_code" text NOT NULL,
	"period" text NOT NULL,
	"period_year" integer NOT NULL,
	"stage" text NOT NULL,
	"value" numeric,
	"numerator" numeric,
	"denominator" numeric,
	"target" numeric,
	"reports" integer DEFAULT 0 NOT NULL,
	"not_aggregable" boolean DEFAULT false NOT NULL,
	CONSTRAINT "indicator_aggregates_stage_indicator_code_province_code_period_pk" PRIMARY KEY("stage","indicator_code","province_code","period")
);
--> statement-breakpoint
CREATE TABLE "indicator_report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"reason" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"unit_kind" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text,
	"period" text NOT NULL,
	"period_year" integer NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"last_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"left_code" text NOT NULL,
	"operator" text NOT NULL,
	"right_code" text NOT NULL,
	"factor" numeric DEFAULT '1' NOT NULL,
	"severity" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"report_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"part" text DEFAULT '' NOT NULL,
	"value" numeric,
	"numerator" numeric,
	"denominator" numeric,
	"target" numeric,
	"comment" text,
	"source" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_report_id_indicator_code_part_pk" PRIMARY KEY("report_id","indicator_code","part")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"value_type" text NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"domain" text NOT NULL,
	"aggregation" text NOT NULL,
	"higher_is_better" boolean DEFAULT true NOT NULL,
	"max_value" numeric,
	"ratio_scale" integer DEFAULT 100 NOT NULL,
	"numerator_label" text,
	"denominator_label" text,
	"sdg_target" text,
	"disaggregations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"search_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_form_indicators" (
	"form_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	CONSTRAINT "report_form_indicators_form_id_indicator_code_pk" PRIMARY KEY("form_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "report_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit_kind" text NOT NULL,
	"frequency" text NOT NULL,
	"deadline_days" integer DEFAULT 15 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_forms_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "indicator_report_events" ADD CONSTRAINT "indicator_report_events_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_rules" ADD CONSTRAINT "indicator_rules_left_code_indicators_code_fk" FOREIGN KEY ("left_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_rules" ADD CONSTRAINT "indicator_rules_right_code_indicators_code_fk" FOREIGN KEY ("right_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_form_indicators" ADD CONSTRAINT "report_form_indicators_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_form_indicators" ADD CONSTRAINT "report_form_indicators_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_aggregates_year_idx" ON "indicator_aggregates" USING btree ("stage","period_year","indicator_code");--> statement-breakpoint
CREATE INDEX "indicator_report_events_report_idx" ON "indicator_report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_reports_unit_period_uq" ON "indicator_reports" USING btree ("form_id","unit_kind","unit_code","period");--> statement-breakpoint
CREATE INDEX "indicator_reports_province_period_idx" ON "indicator_reports" USING btree ("province_code","period");--> statement-breakpoint
CREATE INDEX "indicator_reports_status_idx" ON "indicator_reports" USING btree ("status","unit_kind");--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_idx" ON "indicator_values" USING btree ("indicator_code");--> statement-breakpoint
CREATE INDEX "indicators_domain_idx" ON "indicators" USING btree ("domain","position");