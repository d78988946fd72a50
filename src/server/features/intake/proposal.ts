import type { ConferenceInput, RightsTheme } from '../../../shared/api/conferences.js';
import { rightsThemes } from '../../../shared/api/conferences.js';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';
import type { Db } from '../../db/client.js';
import { eraOf } from '../admin-units/place-names.js';
import { resolveProvinceName } from '../admin-units/service.js';
import { matchOrganisers } from './organiser-match.js';
import { pointGroupsFrom } from './point-groups.js';

export type OrganiserSuggestion = {
  name: string;
  role: 'organizer' | 'co_organizer';
  organisationId: string | null;
  organisationName: string | null;
  evidenceKey: string;
};

export type Proposal = {
  proposal: Partial<ConferenceInput>;
  /** Proposal path (`startDate`, `officials.1`) → the extraction's evidence key (`event_date`, `officials[1].name`). */
  proposalEvidence: Record<string, string>;
  organiserSuggestions: OrganiserSuggestion[];
  provinceCode: string | null;
};

const levelOf: Record<string, ConferenceInput['level']> = { national: 'national', regional: 'regional', province: 'provincial', provincial: 'provincial', commune: 'commune' };
const isTheme = (t: string): t is RightsTheme => (rightsThemes as readonly string[]).includes(t);
const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const isoDay = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

/** The draft's province as registry codes: the current one, and the old one it was reported under. */
export async function draftProvince(db: Db, x: IntakeExtraction): Promise<{ provinceCode: string; legacyProvinceCode: string | null } | null> {
  if (!x.province) return null;
  const place = await resolveProvinceName(db, x.province, x.event_date);
  return place ? { provinceCode: place.province.code, legacyProvinceCode: place.legacyProvince?.code ?? null } : null;
}

/**
 * Turns an extraction into conference fields for the review form. Only what the document says
 * is proposed; the person adds the rest. Connection-point counts become group rows that carry
 * only the stated numbers (`pointGroupsFrom`).
 */
export async function proposeConference(db: Db, x: IntakeExtraction, source: { fileName: string; sourceUrl: string | null }): Promise<Proposal> {
  const evidence: Record<string, string> = {};
  const p: Partial<ConferenceInput> = {};
  const title = x.event_name ?? x.title;
  if (title) {
    p.title = title;
    evidence.title = x.event_name ? 'event_name' : 'title';
  }
  const level = x.level ? levelOf[x.level] : undefined;
  if (level) {
    p.level = level;
    evidence.level = 'level';
  }
  const place = await draftProvince(db, x);
  const provinceCode = place?.provinceCode ?? null;
  if (place) {
    p.provinceCode = place.provinceCode;
    p.legacyProvinceCode = place.legacyProvinceCode;
    evidence.provinceCode = 'province';
  }
  const eventDate = isoDay(x.event_date);
  if (eventDate) {
    p.startDate = eventDate;
    p.status = eventDate <= todayInVietnam() ? 'held' : 'planned';
    evidence.startDate = 'event_date';
  }
  if (x.format) {
    p.format = x.format;
    evidence.format = 'format';
  }
  if (x.venue) {
    p.venue = x.venue;
    evidence.venue = 'venue';
  }
  if (x.participants_count !== null) {
    p.participantsActual = x.participants_count;
    p.participantsQualifier = x.participants_qualifier ?? 'exact';
    evidence.participantsActual = 'participants_count';
  }
  const points = pointGroupsFrom(x);
  if (points.length) {
    p.connectionPoints = points;
    points.forEach((_, i) => (evidence[`connectionPoints.${i}`] = 'connection_points_count'));
  }
  p.officials = x.officials.map((o, i) => {
    evidence[`officials.${i}`] = `officials[${i}].name`;
    return { name: o.name, rank: o.rank, title: o.title, organisationId: null, role: o.role, connectionPointIndex: null };
  });
  p.agenda = x.topic_details.map((t, i) => {
    evidence[`agenda.${i}`] = `topics[${i}]`;
    return {
      title: t.title,
      themes: t.themes.filter(isTheme),
      speakerName: t.speaker,
      speakerRank: null,
      speakerTitle: null,
      speakerOrganisationId: null,
      durationMinutes: null,
    };
  });
  p.materials = x.materials.map((m, i) => {
    evidence[`materials.${i}`] = `materials[${i}]`;
    return { kind: 'film' as const, title: m.title, url: null, fileId: null, agendaItemIndex: null };
  });
  const outcomes: NonNullable<ConferenceInput['outcomes']> = [];
  x.limitations.forEach((text, i) => {
    evidence[`outcomes.${outcomes.length}`] = `limitations[${i}]`;
    outcomes.push({ kind: 'limitation', text, responsibleOrganisationId: null, responsibleText: null, dueDate: null });
  });
  x.directions.forEach((text, i) => {
    evidence[`outcomes.${outcomes.length}`] = `directions[${i}]`;
    outcomes.push({ kind: 'direction', text, responsibleOrganisationId: null, responsibleText: null, dueDate: null });
  });
  p.outcomes = outcomes;

  const named = [
    ...(x.organizers ?? []).map((name, i) => ({ name, role: 'organizer' as const, evidenceKey: `organizers[${i}]` })),
    ...(x.co_organizers ?? []).map((name, i) => ({ name, role: 'co_organizer' as const, evidenceKey: `co_organizers[${i}]` })),
  ];
  // Same kind of body in the province the name gives (old or new), or no match: never another province's.
  const hits = await matchOrganisers(
    db,
    named.map((n) => n.name),
    { era: eraOf(isoDay(x.event_date)), article: place ? { provinceCode: place.provinceCode, legacyProvinceCode: place.legacyProvinceCode } : null },
  );
  const organiserSuggestions: OrganiserSuggestion[] = named.map((n, i) => ({ ...n, organisationId: hits[i]?.id ?? null, organisationName: hits[i]?.name ?? null }));
  const seen = new Set<string>();
  p.organisers = organiserSuggestions.flatMap((s) => {
    if (!s.organisationId || seen.has(s.organisationId)) return [];
    seen.add(s.organisationId);
    return [{ organisationId: s.organisationId, role: s.role }];
  });
  p.sources = [];
  return { proposal: p, proposalEvidence: evidence, organiserSuggestions, provinceCode };
}
