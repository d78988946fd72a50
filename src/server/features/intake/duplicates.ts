import { sql } from 'drizzle-orm';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import { searchKey } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import type { Actor } from '../auth/actor.js';
import { visibilityFor } from '../conferences/access.js';
import { visibilityCondition } from '../conferences/queries.js';
import { conferences } from '../conferences/tables.js';
import { visibleDocuments } from './documents.js';
import { intakeDocuments } from './tables.js';

/**
 * Is this the same event? Two outlets reporting one training share the province and (nearly) the
 * date and name the same officials and topics, in their own words. Names of people are the
 * sturdiest signal (outlets rarely misspell a deputy chairman); topic titles are compared by
 * their folded words, since one outlet shortens what another quotes in full.
 */
export type EventFingerprint = { provinceCode: string | null; date: string | null; people: string[]; topics: string[] };

/** How many days apart two reports of one event may date it (a report the next morning, a weekly round-up). */
export const sameEventDayWindow = 3;

export function fingerprintOf(x: IntakeExtraction, provinceCode: string | null): EventFingerprint {
  return {
    provinceCode,
    date: x.event_date,
    people: x.officials.map((o) => searchKey(o.name)).filter(Boolean),
    topics: x.topics.map((t) => searchKey(t)).filter(Boolean),
  };
}

const overlap = (a: string[], b: string[]) => {
  if (!a.length || !b.length) return 0;
  const bs = new Set(b);
  return a.filter((x) => bs.has(x)).length / Math.min(a.length, b.length);
};

function wordOverlap(a: string[], b: string[]): number {
  const words = (list: string[]) => new Set(list.flatMap((t) => t.split(' ')).filter((w) => w.length > 1));
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * 0 (different events) … 1 (certainly the same). Different provinces, or dates further apart
 * than the window, are never the same event; within those bounds the people and topics decide.
 */
export function sameEventScore(a: EventFingerprint, b: EventFingerprint): number {
  if (!a.provinceCode || a.provinceCode !== b.provinceCode) return 0;
  const dated = a.date !== null && b.date !== null;
  if (dated && daysBetween(a.date!, b.date!) > sameEventDayWindow) return 0;
  const content = Math.max(overlap(a.people, b.people), wordOverlap(a.topics, b.topics) * 0.9);
  // A matching date is strong evidence on its own once anything else agrees.
  return dated ? Math.min(1, 0.4 + 0.6 * content) : 0.8 * content;
}

export const sameEventThreshold = 0.5;

type DocRow = { id: string; file_name: string; status: string; extraction: IntakeExtraction | null; province_code: string | null; text_sha256: string | null };

/** Documents of the queue (not dropped) that report the same event, best first: only those the actor may see. */
export async function findDuplicateDocuments(db: Db, actor: Actor, self: { id: string | null; textSha256: string | null }, print: EventFingerprint) {
  if (!print.provinceCode && !self.textSha256) return [];
  const visible = visibleDocuments(actor) ?? sql`true`;
  const rows = await queryRows<DocRow>(
    db,
    sql`select id, file_name, status, extraction, province_code, text_sha256 from ${intakeDocuments}
        where status in ('ready', 'confirmed') and (${self.id}::uuid is null or id <> ${self.id}::uuid)
          and (province_code = ${print.provinceCode} or text_sha256 = ${self.textSha256})
          and ${visible}
        order by created_at desc limit 500`,
  );
  return rows
    .map((r) => {
      const identical = self.textSha256 !== null && r.text_sha256 === self.textSha256;
      const score = identical ? 1 : r.extraction ? sameEventScore(print, fingerprintOf(r.extraction, r.province_code)) : 0;
      return { id: r.id, fileName: r.file_name, status: r.status as 'ready' | 'confirmed', score: Math.round(score * 100) / 100 };
    })
    .filter((d) => d.score >= sameEventThreshold)
    .sort((a, b) => b.score - a.score);
}

type ConferenceCandidate = { id: string; title: string; start_date: string; people: string[] | null; topics: string[] | null };

/** The existing conference the draft most likely describes, if any, among those the actor may see. */
export async function findMatchingConference(db: Db, actor: Actor, print: EventFingerprint): Promise<{ id: string; title: string; date: string; score: number } | null> {
  if (!print.provinceCode) return null;
  const visible = visibilityCondition(visibilityFor(actor)) ?? sql`true`;
  const window = print.date
    ? sql`and conferences.start_date between (${print.date}::date - ${sameEventDayWindow}::int) and (${print.date}::date + ${sameEventDayWindow}::int)`
    : sql``;
  const rows = await queryRows<ConferenceCandidate>(
    db,
    // Unaliased: the visibility condition names the table's own columns.
    sql`select conferences.id, conferences.title, conferences.start_date::text as start_date,
          (select array_agg(o.name) from conference_officials o where o.conference_id = conferences.id) as people,
          (select array_agg(a.title) from agenda_items a where a.conference_id = conferences.id) as topics
        from ${conferences}
        where conferences.province_code = ${print.provinceCode} ${window} and ${visible}
        order by conferences.start_date desc limit 200`,
  );
  let best: { id: string; title: string; date: string; score: number } | null = null;
  for (const r of rows) {
    const score = sameEventScore(print, {
      provinceCode: print.provinceCode,
      date: r.start_date,
      people: (r.people ?? []).map(searchKey),
      topics: (r.topics ?? []).map(searchKey),
    });
    if (score >= sameEventThreshold && (!best || score > best.score)) best = { id: r.id, title: r.title, date: r.start_date, score: Math.round(score * 100) / 100 };
  }
  return best;
}
