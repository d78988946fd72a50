CREATE TABLE "indicator_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"form_id" uuid NOT NULL,
	"file_kind" text NOT NULL,
	"file_name" text,
	"actor_id" uuid,
	"actor_name" text,
	"values" integer DEFAULT 0 NOT NULL,
	"reports" integer DEFAULT 0 NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "import_id" integer;--> statement-breakpoint
ALTER TABLE "indicator_imports" ADD CONSTRAINT "indicator_imports_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE no action ON UPDATE no action;