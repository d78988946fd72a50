import type { ConferenceFormValues } from './form-values';

const text = (s: string) => s.trim() || null;
const indexOf = (rows: { key: string }[], key: string | null) => {
  const i = key === null ? -1 : rows.findIndex((r) => r.key === key);
  return i < 0 ? null : i;
};

/**
 * The request body for the form's values, before validation: empty fields become null and row
 * references become positions, as the API expects. The shared schema then checks it, so field
 * errors carry the same paths on both sides (`connectionPoints.1.name`).
 */
export function valuesToInput(v: ConferenceFormValues) {
  return {
    title: v.title,
    level: v.level,
    provinceCode: v.provinceCode,
    legacyProvinceCode: v.legacyProvinceCode,
    communeCode: v.level === 'commune' ? v.communeCode : null,
    startDate: v.startDate,
    startTime: text(v.startTime),
    partOfDay: v.partOfDay,
    endDate: text(v.endDate),
    venue: text(v.venue),
    format: v.format,
    status: v.status,
    summary: text(v.summary),
    participantsPlanned: v.participantsPlanned,
    participantsActual: v.participantsActual,
    participantsQualifier: v.participantsQualifier,
    audiences: v.audiences,
    organisers: v.organisers.map(({ organisationId, role }) => ({ organisationId, role })),
    connectionPoints: v.connectionPoints.map(({ key: _key, ...p }) => ({ ...p, pointCount: p.pointCount ?? 1 })),
    officials: v.officials.map((o) => ({
      name: o.name,
      rank: text(o.rank),
      title: text(o.title),
      organisationId: o.organisationId,
      role: o.role,
      connectionPointIndex: indexOf(v.connectionPoints, o.pointKey),
    })),
    agenda: v.agenda.map((a) => ({
      title: a.title,
      themes: a.themes,
      speakerName: text(a.speakerName),
      speakerRank: text(a.speakerRank),
      speakerTitle: text(a.speakerTitle),
      speakerOrganisationId: a.speakerOrganisationId,
      durationMinutes: a.durationMinutes,
    })),
    materials: v.materials.map((m) => ({
      kind: m.kind,
      title: m.title,
      url: text(m.url),
      fileId: m.fileId,
      agendaItemIndex: indexOf(v.agenda, m.agendaKey),
    })),
    outcomes: v.outcomes.map((o) => ({
      ...(o.id ? { id: o.id } : {}),
      kind: o.kind,
      text: o.text,
      responsibleOrganisationId: o.responsibleOrganisationId,
      responsibleText: text(o.responsibleText),
      dueDate: text(o.dueDate),
    })),
    sources: v.sources.map((s) => ({ url: text(s.url), title: text(s.title), publisher: text(s.publisher), publishedDate: text(s.publishedDate), fileId: s.fileId })),
  };
}
