CREATE TABLE "intake_report_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid,
	"file_name" text NOT NULL,
	"file_kind" text NOT NULL,
	"document_kind" text NOT NULL,
	"status" text DEFAULT 'ready' NOT NULL,
	"source_text" text NOT NULL,
	"proposal" jsonb NOT NULL,
	"province_code" text,
	"uploader_province_code" text,
	"period" text,
	"saved_report_id" uuid,
	"saved_item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_report_documents" ADD CONSTRAINT "intake_report_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_report_documents_status_idx" ON "intake_report_documents" USING btree ("status","created_at");