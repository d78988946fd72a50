import type { ConferenceInput } from '../../../../../shared/api/conferences';
import { newRowKey, type AgendaRow, type ConferenceFormValues, type PointRow } from './form-values';

type Draft = Partial<ConferenceInput>;

/** `undefined` keeps the base value; `null` and values are taken as given. */
const pick = <T>(value: T | undefined, base: T): T => (value === undefined ? base : value);
const text = (value: string | null | undefined, base: string) => (value === undefined ? base : (value ?? ''));

/**
 * The form's values for a partly known conference (a reviewed intake draft): the fields the
 * draft gives replace those of `base`, the rest stay as `base` has them. The inverse of
 * `valuesToInput`: row positions (`connectionPointIndex`, `agendaItemIndex`) become row keys.
 */
export function draftToValues(draft: Draft, base: ConferenceFormValues): ConferenceFormValues {
  const points: PointRow[] | undefined = draft.connectionPoints?.map((p) => ({
    key: newRowKey(),
    ...(p.id ? { id: p.id } : {}),
    name: p.name,
    level: p.level,
    provinceCode: p.provinceCode ?? null,
    communeCode: p.communeCode ?? null,
    hostOrganisationId: p.hostOrganisationId ?? null,
    isMain: p.isMain ?? false,
    plannedAttendance: p.plannedAttendance ?? null,
    actualAttendance: p.actualAttendance ?? null,
    hasInternet: p.hasInternet ?? true,
    pointCount: p.pointCount && p.pointCount > 1 ? p.pointCount : null,
  }));
  const pointRows = points ?? base.connectionPoints;
  const agenda: AgendaRow[] | undefined = draft.agenda?.map((a) => ({
    key: newRowKey(),
    title: a.title,
    themes: a.themes ?? [],
    speakerName: a.speakerName ?? '',
    speakerRank: a.speakerRank ?? '',
    speakerTitle: a.speakerTitle ?? '',
    speakerOrganisationId: a.speakerOrganisationId ?? null,
    durationMinutes: a.durationMinutes ?? null,
  }));
  const agendaRows = agenda ?? base.agenda;
  const keyAt = (rows: { key: string }[], index: number | null | undefined) => (index === null || index === undefined ? null : (rows[index]?.key ?? null));

  return {
    title: pick(draft.title, base.title),
    level: pick(draft.level, base.level),
    provinceCode: pick(draft.provinceCode, base.provinceCode),
    legacyProvinceCode: pick(draft.legacyProvinceCode, base.legacyProvinceCode),
    communeCode: pick(draft.communeCode, base.communeCode),
    startDate: pick(draft.startDate, base.startDate),
    startTime: text(draft.startTime, base.startTime),
    partOfDay: pick(draft.partOfDay, base.partOfDay),
    endDate: text(draft.endDate, base.endDate),
    venue: text(draft.venue, base.venue),
    format: pick(draft.format, base.format),
    status: pick(draft.status, base.status),
    summary: text(draft.summary, base.summary),
    participantsPlanned: pick(draft.participantsPlanned, base.participantsPlanned),
    participantsActual: pick(draft.participantsActual, base.participantsActual),
    participantsQualifier: pick(draft.participantsQualifier, base.participantsQualifier),
    audiences: pick(draft.audiences, base.audiences),
    organisers: draft.organisers?.map((o) => ({ key: newRowKey(), organisationId: o.organisationId, role: o.role })) ?? base.organisers,
    connectionPoints: pointRows,
    officials:
      draft.officials?.map((o) => ({
        key: newRowKey(),
        name: o.name,
        rank: o.rank ?? '',
        title: o.title ?? '',
        organisationId: o.organisationId ?? null,
        role: o.role,
        pointKey: keyAt(pointRows, o.connectionPointIndex),
      })) ?? base.officials,
    agenda: agendaRows,
    materials:
      draft.materials?.map((m) => ({
        key: newRowKey(),
        kind: m.kind,
        title: m.title,
        url: m.url ?? '',
        fileId: m.fileId ?? null,
        agendaKey: keyAt(agendaRows, m.agendaItemIndex),
      })) ?? base.materials,
    // Limitations first, as the form lists them, so a row's position matches its error paths.
    outcomes:
      draft.outcomes
        ?.toSorted((a, b) => Number(a.kind === 'direction') - Number(b.kind === 'direction'))
        .map((o) => ({
          key: newRowKey(),
          kind: o.kind,
          text: o.text,
          responsibleOrganisationId: o.responsibleOrganisationId ?? null,
          responsibleText: o.responsibleText ?? '',
          dueDate: o.dueDate ?? '',
        })) ?? base.outcomes,
    sources:
      draft.sources?.map((s) => ({
        key: newRowKey(),
        url: s.url ?? '',
        title: s.title ?? '',
        publisher: s.publisher ?? '',
        publishedDate: s.publishedDate ?? '',
        fileId: s.fileId ?? null,
      })) ?? base.sources,
  };
}
