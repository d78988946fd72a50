CREATE TABLE "throttle_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"times" bigint[] NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "throttle_attempts_expires_idx" ON "throttle_attempts" USING btree ("expires_at");