CREATE TABLE "participant_check_ins" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"connection_point_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"method" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"connection_point_id" uuid,
	"full_name" text NOT NULL,
	"agency" text,
	"position" text,
	"contact" text,
	"search_key" text NOT NULL,
	"identity_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participant_check_ins" ADD CONSTRAINT "participant_check_ins_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_check_ins" ADD CONSTRAINT "participant_check_ins_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_check_ins" ADD CONSTRAINT "participant_check_ins_connection_point_id_connection_points_id_fk" FOREIGN KEY ("connection_point_id") REFERENCES "public"."connection_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_connection_point_id_connection_points_id_fk" FOREIGN KEY ("connection_point_id") REFERENCES "public"."connection_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participant_check_ins_participant_idx" ON "participant_check_ins" USING btree ("participant_id","id");--> statement-breakpoint
CREATE INDEX "participant_check_ins_conference_idx" ON "participant_check_ins" USING btree ("conference_id","participant_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_conference_identity_idx" ON "participants" USING btree ("conference_id","identity_key");--> statement-breakpoint
CREATE INDEX "participants_conference_name_idx" ON "participants" USING btree ("conference_id","search_key");--> statement-breakpoint
CREATE INDEX "participants_connection_point_idx" ON "participants" USING btree ("connection_point_id");--> statement-breakpoint
CREATE INDEX "participants_search_key_trgm_idx" ON "participants" USING gin ("search_key" gin_trgm_ops);