import fs from 'node:fs';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { suggestThemes } from '../../../shared/conferences/theme-lexicon.js';
import { searchKey } from '../../../shared/text/index.js';
import type { Actor } from '../auth/actor.js';
import { resolveProvinceName } from '../admin-units/resolve-place.js';
import { conferences } from '../conferences/tables.js';
import { createConference } from '../conferences/service.js';
import { createOrganisation } from '../organisations/service.js';
import { organisations } from '../organisations/tables.js';
import { seedQuestionBank } from './question-bank.js';
import { seedDemoFollowup } from './seed-followup.js';
import { seedDemoIndicators } from './seed-indicators.js';

const fixtureDir = new URL('../../../../fixtures/corpus/', import.meta.url);

type GoldOfficial = { name: string; title?: string; rank?: string; role?: string };
type Gold = {
  seed_file: string;
  source_url_in_text: string | null;
  publisher?: string | null;
  title: string | null;
  published: string | null;
  event_name: string | null;
  event_date: string | null;
  province: string;
  venue?: string;
  organizers: string[] | null;
  format: 'hybrid' | 'online' | 'in_person' | null;
  participants_count: number | null;
  participants_qualifier: string | null;
  audience?: string[];
  officials: GoldOfficial[];
  topics: string[];
  materials?: Array<{ type: string; title: string }>;
};
type Supplement = Partial<ConferenceInput> & { outcomes: NonNullable<ConferenceInput['outcomes']> };

/** Canonical registry entries for the ways the articles name the same bodies. */
function canonicalOrganisation(writtenName: string, provinceName: string) {
  const key = searchKey(writtenName);
  if (key.includes('van phong thuong truc')) {
    return { name: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', shortName: 'VPTT', kind: 'standing_office' as const, national: true };
  }
  if (key.includes('bao ve an ninh')) {
    return { name: `Ban Chỉ đạo Bảo vệ an ninh tỉnh ${provinceName}`, shortName: 'BCĐBVAN', kind: 'steering_committee' as const, national: false };
  }
  return { name: `Ban Chỉ đạo về Nhân quyền tỉnh ${provinceName}`, shortName: 'BCĐNQ', kind: 'steering_committee' as const, national: false };
}

const qualifiers: Record<string, NonNullable<ConferenceInput['participantsQualifier']>> = { about: 'about', more_than: 'more_than', at_least: 'at_least' };
const officialRole = (role?: string) => (role === 'chair' ? 'chair' : 'speaker') as 'chair' | 'speaker';
const isoDateOrNull = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

async function findOrCreateOrganisation(db: Db, actor: Actor, org: ReturnType<typeof canonicalOrganisation>, provinceCode: string): Promise<string> {
  const province = org.national ? null : provinceCode;
  const [existing] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.name, org.name), province ? eq(organisations.provinceCode, province) : isNull(organisations.provinceCode)));
  if (existing) return existing.id;
  return (await createOrganisation(db, actor, { name: org.name, shortName: org.shortName, kind: org.kind, provinceCode: province })).id;
}

/**
 * Loads the five conferences of the seed articles (fixtures/corpus) with their organisers,
 * officials, topics, limitations and directions. Safe to run again: a conference already there
 * (same title, date and old province) is left alone. Returns how many were created, and the
 * same for the demo indicator reports (seed-indicators.ts) and follow-up (seed-followup.ts).
 */
export async function seedDemo(
  db: Db,
  actor: Actor,
): Promise<{
  created: number;
  skipped: number;
  indicatorReports: { created: number; skipped: number };
  followup: Awaited<ReturnType<typeof seedDemoFollowup>>;
}> {
  const gold = JSON.parse(fs.readFileSync(new URL('seeds.gold.json', fixtureDir), 'utf8')) as Gold[];
  const supplement = JSON.parse(fs.readFileSync(new URL('./demo-supplement.json', import.meta.url), 'utf8')) as Record<string, Supplement>;
  let created = 0;
  let skipped = 0;
  for (const g of gold) {
    const extra = supplement[g.seed_file];
    const startDate = g.event_date ?? extra?.startDate;
    if (!extra || !startDate) throw new Error(`demo data: no date for ${g.seed_file}`);
    const place = await resolveProvinceName(db, g.province, startDate);
    if (!place) throw new Error(`demo data: province not found: ${g.province}`);
    const title = g.event_name ?? `Hội nghị tập huấn công tác nhân quyền tỉnh ${g.province} năm ${startDate.slice(0, 4)}`;
    const [already] = await db
      .select({ id: conferences.id })
      .from(conferences)
      .where(and(eq(conferences.title, title), eq(conferences.startDate, startDate), eq(conferences.provinceCode, place.province.code)));
    if (already) {
      skipped++;
      continue;
    }
    const organiserIds: string[] = [];
    for (const name of g.organizers ?? []) {
      const id = await findOrCreateOrganisation(db, actor, canonicalOrganisation(name, g.province), place.province.code);
      if (!organiserIds.includes(id)) organiserIds.push(id);
    }
    const input: ConferenceInput = {
      title,
      level: 'provincial',
      provinceCode: place.province.code,
      legacyProvinceCode: place.legacyProvince?.code ?? null,
      startDate,
      partOfDay: extra.partOfDay ?? null,
      venue: g.venue ?? null,
      format: g.format,
      status: 'held',
      participantsActual: extra.participantsActual ?? g.participants_count,
      participantsQualifier: extra.participantsQualifier ?? qualifiers[g.participants_qualifier ?? ''] ?? 'exact',
      audiences: extra.audiences ?? g.audience ?? [],
      summary: extra.summary ?? null,
      // Points only as the reports count them ("10 điểm cầu cấp huyện và 161 điểm cầu xã"): one group row a level.
      connectionPoints: extra.connectionPoints ?? [],
      organisers: organiserIds.map((organisationId, i) => ({ organisationId, role: i === 0 ? 'organizer' : 'co_organizer' })),
      officials: g.officials.map((o) => ({ name: o.name, rank: o.rank ?? null, title: o.title ?? null, role: officialRole(o.role) })),
      agenda: g.topics.map((t) => ({ title: t, themes: suggestThemes(t) })),
      materials: (g.materials ?? []).map((m) => ({ kind: /phim/i.test(m.type) ? 'film' : 'file', title: m.title })),
      outcomes: extra.outcomes,
      // An article with neither link, title nor publisher gives nothing to cite.
      sources:
        g.source_url_in_text || g.title || g.publisher
          ? [{ url: g.source_url_in_text, title: g.title, publisher: g.publisher ?? null, publishedDate: isoDateOrNull(g.published) }]
          : [],
    };
    await createConference(db, actor, input);
    created++;
  }
  // The national starter bank for awareness tests; idempotent like the conferences.
  await seedQuestionBank(db, actor);
  // The starter catalogue and approved indicator reports, so the dashboards have figures.
  const indicatorReports = await seedDemoIndicators(db, actor);
  // Directions and limitations tracked, the Bình Định working visit, sample UPR items.
  const followup = await seedDemoFollowup(db, actor);
  return { created, skipped, indicatorReports, followup };
}
