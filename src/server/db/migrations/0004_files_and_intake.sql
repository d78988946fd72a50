CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"province_code" text,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"file_id" uuid,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"source_url" text,
	"text_sha256" text,
	"status" text NOT NULL,
	"error_code" text,
	"error_message" text,
	"source_text" text,
	"extraction" jsonb,
	"province_code" text,
	"event_date" text,
	"duplicate_of_document_id" uuid,
	"matched_conference_id" uuid,
	"conference_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reported_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"conference_id" uuid,
	"province_code" text,
	"position" integer DEFAULT 0 NOT NULL,
	"label" text NOT NULL,
	"value" numeric NOT NULL,
	"unit" text,
	"qualifier" text,
	"value_vnd" numeric,
	"target" numeric,
	"percent_of_target" numeric,
	"computed_percent" numeric,
	"inconsistency" text,
	"period" text,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conference_sources" ADD COLUMN "file_id" uuid;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_documents" ADD CONSTRAINT "intake_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_documents" ADD CONSTRAINT "intake_documents_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_documents" ADD CONSTRAINT "intake_documents_matched_conference_id_conferences_id_fk" FOREIGN KEY ("matched_conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_documents" ADD CONSTRAINT "intake_documents_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_document_id_intake_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."intake_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_files_sha256_idx" ON "stored_files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "intake_documents_status_idx" ON "intake_documents" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "intake_documents_batch_idx" ON "intake_documents" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "intake_documents_text_sha_idx" ON "intake_documents" USING btree ("text_sha256");--> statement-breakpoint
CREATE INDEX "reported_figures_document_idx" ON "reported_figures" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "reported_figures_conference_idx" ON "reported_figures" USING btree ("conference_id");