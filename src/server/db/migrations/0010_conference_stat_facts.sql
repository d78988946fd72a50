CREATE TABLE "conference_stat_facts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"province_code" text,
	"legacy_province_code" text,
	"commune_code" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"format" text,
	"status" text NOT NULL,
	"participants_actual" integer,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attendance" integer,
	"points" integer DEFAULT 0 NOT NULL,
	"communes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topic_themes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"point_levels" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conference_stat_facts" ADD CONSTRAINT "conference_stat_facts_id_conferences_id_fk" FOREIGN KEY ("id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conference_stat_facts_date_idx" ON "conference_stat_facts" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "conference_stat_facts_province_date_idx" ON "conference_stat_facts" USING btree ("province_code","start_date");--> statement-breakpoint
-- Backfill: the facts of every existing conference (the same select as refreshConferenceFacts in
-- src/server/features/conference-stats/facts.ts).
INSERT INTO "conference_stat_facts" ("id", "level", "province_code", "legacy_province_code", "commune_code", "start_date", "end_date", "format", "status",
  "participants_actual", "themes", "attendance", "points", "communes", "topic_themes", "point_levels")
SELECT c.id, c.level, c.province_code, c.legacy_province_code, c.commune_code, c.start_date, c.end_date, c.format, c.status,
  c.participants_actual, c.themes, p.attendance, coalesce(p.n, 0),
  coalesce((SELECT jsonb_agg(DISTINCT cp.commune_code) FROM connection_points cp WHERE cp.conference_id = c.id AND cp.commune_code IS NOT NULL), '[]'::jsonb),
  coalesce((SELECT jsonb_object_agg(t.theme, t.n) FROM (
    SELECT th.theme, count(*) AS n FROM agenda_items ai CROSS JOIN LATERAL jsonb_array_elements_text(ai.themes) AS th(theme)
    WHERE ai.conference_id = c.id GROUP BY th.theme) t), '{}'::jsonb),
  coalesce((SELECT jsonb_object_agg(l.level, jsonb_build_array(l.points, l.attendance)) FROM (
    SELECT cp.level, sum(cp.point_count) AS points, coalesce(sum(cp.actual_attendance), 0) AS attendance
    FROM connection_points cp WHERE cp.conference_id = c.id GROUP BY cp.level) l), '{}'::jsonb)
FROM conferences c
LEFT JOIN LATERAL (SELECT sum(cp.point_count) AS n, sum(cp.actual_attendance) AS attendance FROM connection_points cp WHERE cp.conference_id = c.id) p ON true;
