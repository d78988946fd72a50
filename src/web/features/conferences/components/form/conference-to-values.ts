import type { Conference } from '../../../../../shared/api/conferences';
import { newRowKey, type AgendaRow, type ConferenceFormValues, type PointRow } from './form-values';

/** The form's values for a conference read from the server. */
export function conferenceToValues(c: Conference): ConferenceFormValues {
  const points: PointRow[] = c.connectionPoints.map(({ hostOrganisationName: _name, ...p }) => ({
    ...p,
    pointCount: p.pointCount > 1 ? p.pointCount : null,
    key: newRowKey(),
  }));
  const agenda: AgendaRow[] = c.agenda.map((a) => ({
    key: newRowKey(),
    title: a.title,
    themes: a.themes,
    speakerName: a.speakerName ?? '',
    speakerRank: a.speakerRank ?? '',
    speakerTitle: a.speakerTitle ?? '',
    speakerOrganisationId: a.speakerOrganisationId,
    durationMinutes: a.durationMinutes,
  }));
  return {
    title: c.title,
    level: c.level,
    provinceCode: c.province?.code ?? null,
    legacyProvinceCode: c.legacyProvince?.code ?? null,
    communeCode: c.communeCode,
    startDate: c.startDate,
    startTime: c.startTime ?? '',
    partOfDay: c.partOfDay,
    endDate: c.endDate ?? '',
    venue: c.venue ?? '',
    format: c.format,
    status: c.status,
    summary: c.summary ?? '',
    participantsPlanned: c.participantsPlanned,
    participantsActual: c.participantsActual,
    participantsQualifier: c.participantsQualifier,
    audiences: c.audiences,
    organisers: c.organisers.map((o) => ({ key: newRowKey(), organisationId: o.id, role: o.role })),
    connectionPoints: points,
    officials: c.officials.map((o) => ({
      key: newRowKey(),
      name: o.name,
      rank: o.rank ?? '',
      title: o.title ?? '',
      organisationId: o.organisationId,
      role: o.role,
      pointKey: o.connectionPointIndex === null ? null : (points[o.connectionPointIndex]?.key ?? null),
    })),
    agenda,
    materials: c.materials.map((m) => ({
      key: newRowKey(),
      kind: m.kind,
      title: m.title,
      url: m.url ?? '',
      fileId: m.fileId,
      agendaKey: m.agendaItemIndex === null ? null : (agenda[m.agendaItemIndex]?.key ?? null),
    })),
    // Limitations first, as the form lists them, so a row's position matches its error paths.
    outcomes: [...c.outcomes].sort((a, b) => Number(a.kind === 'direction') - Number(b.kind === 'direction')).map((o) => ({
      key: newRowKey(),
      id: o.id,
      kind: o.kind,
      text: o.text,
      responsibleOrganisationId: o.responsibleOrganisationId,
      responsibleText: o.responsibleText ?? '',
      dueDate: o.dueDate ?? '',
    })),
    sources: c.sources.map((s) => ({
      key: newRowKey(),
      url: s.url ?? '',
      title: s.title ?? '',
      publisher: s.publisher ?? '',
      publishedDate: s.publishedDate ?? '',
      fileId: s.fileId,
    })),
  };
}
