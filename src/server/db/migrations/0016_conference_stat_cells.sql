CREATE TABLE "conference_stat_cells" (
	"year" integer NOT NULL,
	"province_code" text,
	"kind" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"conferences" integer DEFAULT 0 NOT NULL,
	"delegates" bigint DEFAULT 0 NOT NULL,
	"delegates_known" integer DEFAULT 0 NOT NULL,
	"unrecorded" integer DEFAULT 0 NOT NULL,
	"points" bigint DEFAULT 0 NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "conference_stat_cells_key" UNIQUE NULLS NOT DISTINCT("kind","year","key","province_code")
);
--> statement-breakpoint
-- What one conference's facts row adds to the cells (see conferenceStatCells in
-- src/server/features/conference-stats/tables.ts). Only held conferences count. The years are those
-- the conference list's year filter finds it in (features/conferences/queries.ts, listConditions):
-- every year its dates overlap, provided it starts at most 60 days (maxConferenceDays,
-- features/conferences/rules.ts) before that year's 1 January.
CREATE FUNCTION conference_stat_cells_of(f conference_stat_facts)
RETURNS TABLE (year integer, province_code text, kind text, key text, conferences integer, delegates bigint, delegates_known integer, unrecorded integer, points bigint, amount bigint)
LANGUAGE sql IMMUTABLE AS $$
  WITH d AS (SELECT coalesce(f.participants_actual, f.attendance)::bigint AS d),
  years AS (
    SELECT g.y FROM generate_series(extract(year FROM f.start_date)::int, extract(year FROM coalesce(f.end_date, f.start_date))::int) AS g(y)
    WHERE f.start_date >= make_date(g.y, 1, 1) - 60
  )
  SELECT y.y, f.province_code, c.kind, c.key, c.conferences, c.delegates, c.delegates_known, c.unrecorded, c.points, c.amount
  FROM years y CROSS JOIN d CROSS JOIN LATERAL (
    SELECT g.kind, g.key, 1, coalesce(d.d, 0), (d.d IS NOT NULL)::int, (d.d IS NULL)::int, f.points::bigint, 0::bigint
    FROM (VALUES ('province', ''), ('month', extract(month FROM f.start_date)::int::text), ('level', f.level), ('format', coalesce(f.format, 'unknown'))) AS g(kind, key)
    UNION ALL
    SELECT 'topics', t.theme, 1, 0, 0, 0, 0, t.n::bigint FROM jsonb_each_text(f.topic_themes) AS t(theme, n)
    UNION ALL
    SELECT 'theme', t.theme, 1, 0, 0, 0, 0, 0 FROM jsonb_array_elements_text(f.themes) AS t(theme)
    UNION ALL
    SELECT 'point_level', l.level, 1, 0, 0, 0, (l.v->>0)::bigint, (l.v->>1)::bigint FROM jsonb_each(f.point_levels) AS l(level, v)
    UNION ALL
    SELECT 'commune', x.code, 1, 0, 0, 0, 0, 0
    FROM (SELECT jsonb_array_elements_text(f.communes) UNION SELECT f.commune_code WHERE f.commune_code IS NOT NULL) AS x(code)
  ) AS c(kind, key, conferences, delegates, delegates_known, unrecorded, points, amount)
  WHERE f.status = 'held'
  UNION ALL
  SELECT extract(year FROM f.start_date)::int, f.province_code, 'trend', '', 1, coalesce(d.d, 0), (d.d IS NOT NULL)::int, (d.d IS NULL)::int, 0, 0
  FROM d WHERE f.status = 'held'
$$;
--> statement-breakpoint
-- Adds (sign 1) or takes away (sign -1) one facts row's share, in the writing transaction. The
-- cells are taken in key order, so two writes touching the same cells wait for each other
-- instead of deadlocking.
CREATE FUNCTION conference_stat_cells_add(f conference_stat_facts, sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO conference_stat_cells AS c (year, province_code, kind, key, conferences, delegates, delegates_known, unrecorded, points, amount)
  SELECT x.year, x.province_code, x.kind, x.key, sum(x.conferences) * sign, sum(x.delegates) * sign, sum(x.delegates_known) * sign,
    sum(x.unrecorded) * sign, sum(x.points) * sign, sum(x.amount) * sign
  FROM conference_stat_cells_of(f) x
  GROUP BY x.kind, x.year, x.key, x.province_code
  ORDER BY x.kind, x.year, x.key, x.province_code
  ON CONFLICT (kind, year, key, province_code) DO UPDATE SET
    conferences = c.conferences + excluded.conferences, delegates = c.delegates + excluded.delegates,
    delegates_known = c.delegates_known + excluded.delegates_known, unrecorded = c.unrecorded + excluded.unrecorded,
    points = c.points + excluded.points, amount = c.amount + excluded.amount
$$;
--> statement-breakpoint
CREATE FUNCTION conference_stat_cells_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM conference_stat_cells_add(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM conference_stat_cells_add(NEW, 1); END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER conference_stat_cells_sync AFTER INSERT OR UPDATE OR DELETE ON conference_stat_facts
  FOR EACH ROW EXECUTE FUNCTION conference_stat_cells_sync();
--> statement-breakpoint
-- Backfill: the cells of every existing facts row (the same statement as rebuildConferenceStatCells
-- in src/server/features/conference-stats/facts.ts).
INSERT INTO conference_stat_cells (year, province_code, kind, key, conferences, delegates, delegates_known, unrecorded, points, amount)
SELECT x.year, x.province_code, x.kind, x.key, sum(x.conferences), sum(x.delegates), sum(x.delegates_known), sum(x.unrecorded), sum(x.points), sum(x.amount)
FROM conference_stat_facts f CROSS JOIN LATERAL conference_stat_cells_of(f) x
GROUP BY x.kind, x.year, x.key, x.province_code;
