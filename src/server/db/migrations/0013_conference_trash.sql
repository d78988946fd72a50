CREATE TABLE "conference_trash" (
	"conference_id" uuid PRIMARY KEY NOT NULL,
	"access" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"links" jsonb NOT NULL,
	"title" text NOT NULL,
	"deleted_by" uuid,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "conference_trash_deleted_at_idx" ON "conference_trash" USING btree ("deleted_at");