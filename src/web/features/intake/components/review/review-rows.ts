import type { IntakeDocument } from '../../../../../shared/api/intake';
import { formatDate, formatNumber } from '../../../../lib/format';
import type { MessageId } from '../../../../lib/messages';
import { organiserPath } from './accepted-draft';

type T = (id: MessageId, values?: Record<string, string | number>) => string;

/** One proposed field as the review lists it. `path` is what accepting or dropping it refers to. */
export type ReviewRow = {
  path: string;
  label: string;
  value: string;
  /** Extraction evidence key (`event_date`, `officials[1].name`), or null when no span backs it. */
  evidenceKey: string | null;
  /** Secondary line, e.g. the registry body an organiser name matched. */
  note?: string;
  noteColor?: string;
};

const scalarLabels: Array<[string, MessageId]> = [
  ['title', 'intake.field.title'],
  ['level', 'intake.field.level'],
  ['provinceCode', 'intake.field.province'],
  ['startDate', 'intake.field.startDate'],
  ['format', 'intake.field.format'],
  ['venue', 'intake.field.venue'],
  ['participantsActual', 'intake.field.participants'],
  ['summary', 'intake.field.summary'],
];

const joined = (...parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' ');

/**
 * The proposal of a document as rows to accept or drop, in the order of the conference form:
 * general fields, organisers (as the document names them), connection points (counts the
 * document states, as group rows), officials, topics, materials and
 * outcomes. Values are written as an officer would: `20/04/2023`, `khoảng 120`, level names.
 */
export function reviewRows(doc: Pick<IntakeDocument, 'proposal' | 'proposalEvidence' | 'organiserSuggestions'>, legacyProvince: string | null, t: T, provinceName: (code: string) => string): ReviewRow[] {
  const p = doc.proposal ?? {};
  const ev = (path: string) => doc.proposalEvidence[path] ?? null;
  const rows: ReviewRow[] = [];

  const scalarValue = (key: string): string | null => {
    switch (key) {
      case 'title':
        return p.title ?? null;
      case 'level':
        return p.level ? t(`conferences.level.${p.level}`) : null;
      case 'provinceCode':
        if (!p.provinceCode) return null;
        return p.legacyProvinceCode && legacyProvince ? t('intake.value.legacyProvince', { legacy: legacyProvince, province: provinceName(p.provinceCode) }) : provinceName(p.provinceCode);
      case 'startDate':
        return p.startDate ? formatDate(p.startDate) : null;
      case 'format':
        return p.format ? t(`conferences.format.${p.format}`) : null;
      case 'venue':
        return p.venue ?? null;
      case 'participantsActual':
        return p.participantsActual === null || p.participantsActual === undefined
          ? null
          : t(`conferences.count.${p.participantsQualifier ?? 'exact'}`, { count: formatNumber(p.participantsActual) });
      case 'summary':
        return p.summary ?? null;
      default:
        return null;
    }
  };
  for (const [key, label] of scalarLabels) {
    const value = scalarValue(key);
    if (value) rows.push({ path: key, label: t(label), value, evidenceKey: ev(key) });
  }

  doc.organiserSuggestions.forEach((s, i) => {
    rows.push({
      path: organiserPath(i),
      label: t(`conferences.organiserRole.${s.role}`),
      value: s.name,
      evidenceKey: s.evidenceKey,
      note: s.organisationName ? t('intake.value.registryMatch', { name: s.organisationName }) : t('intake.value.registryMissing'),
      noteColor: s.organisationName ? 'teal.8' : 'yellow.9',
    });
  });
  p.connectionPoints?.forEach((c, i) => {
    rows.push({
      path: `connectionPoints.${i}`,
      label: t('conferences.points.row', { n: i + 1 }),
      value: c.name,
      evidenceKey: ev(`connectionPoints.${i}`),
      note: t('conferences.points.group', { points: formatNumber(c.pointCount ?? 1), count: c.pointCount ?? 1 }),
      noteColor: 'dimmed',
    });
  });
  p.officials?.forEach((o, i) => {
    rows.push({
      path: `officials.${i}`,
      label: t('intake.field.official', { n: i + 1 }),
      value: [joined(o.rank, o.name), o.title].filter(Boolean).join(', '),
      evidenceKey: ev(`officials.${i}`),
      note: t(`conferences.officialRole.${o.role}`),
      noteColor: 'dimmed',
    });
  });
  p.agenda?.forEach((a, i) => {
    rows.push({
      path: `agenda.${i}`,
      label: t('intake.field.topic', { n: i + 1 }),
      value: a.title,
      evidenceKey: ev(`agenda.${i}`),
      note: a.speakerName ? t('conferences.agenda.presentedBy', { speaker: a.speakerName }) : undefined,
      noteColor: 'dimmed',
    });
  });
  p.materials?.forEach((m, i) => {
    rows.push({ path: `materials.${i}`, label: t(`conferences.materialKind.${m.kind}`), value: m.title, evidenceKey: ev(`materials.${i}`) });
  });
  p.outcomes?.forEach((o, i) => {
    rows.push({ path: `outcomes.${i}`, label: t(`conferences.outcomes.${o.kind}.title`), value: o.text, evidenceKey: ev(`outcomes.${i}`) });
  });
  return rows;
}
