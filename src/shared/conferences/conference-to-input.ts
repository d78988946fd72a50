import type { Conference, ConferenceInput } from '../api/conferences.js';

/**
 * The input that would save a conference exactly as it was read: what a feature that changes
 * one part of a conference (intake filling its empty fields) starts from, so nothing else moves.
 */
export function conferenceToInput(c: Conference): ConferenceInput {
  return {
    title: c.title,
    level: c.level,
    provinceCode: c.province?.code ?? null,
    legacyProvinceCode: c.legacyProvince?.code ?? null,
    communeCode: c.communeCode,
    startDate: c.startDate,
    startTime: c.startTime,
    partOfDay: c.partOfDay,
    endDate: c.endDate,
    venue: c.venue,
    format: c.format,
    status: c.status,
    participantsPlanned: c.participantsPlanned,
    participantsActual: c.participantsActual,
    participantsQualifier: c.participantsQualifier,
    audiences: c.audiences,
    summary: c.summary,
    organisers: c.organisers.map((o) => ({ organisationId: o.id, role: o.role })),
    connectionPoints: c.connectionPoints.map(({ hostOrganisationName: _name, ...p }) => p),
    officials: c.officials.map(({ organisationName: _name, ...o }) => o),
    agenda: c.agenda.map(({ id: _id, speakerOrganisationName: _name, ...a }) => a),
    materials: c.materials,
    outcomes: c.outcomes.map(({ id: _id, responsibleOrganisationName: _name, ...o }) => o),
    sources: c.sources,
  };
}
