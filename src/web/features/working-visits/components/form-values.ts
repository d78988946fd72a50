import type { VisitCreateInput, VisitDetail, VisitRecommendationInput, VisitUpdateInput } from '../../../../shared/api/working-visits';

/*
 * The visit form's values: what the inputs hold (strings, '' for empty), and the API input made
 * of them. Repeated rows (units, members, recommendations) start from one empty row of each.
 */

export type UnitRow = { organisationId: string | null; name: string };
export type MemberRow = { name: string; position: string; organisationId: string | null };
export type RecommendationRow = { nature: 'recommendation' | 'finding'; text: string; leadOrganisationId: string | null; dueDate: string };

export type VisitFormValues = {
  title: string;
  startDate: string;
  endDate: string;
  provinceCode: string;
  leadOrganisationId: string | null;
  visitedUnits: UnitRow[];
  members: MemberRow[];
  purpose: string;
  findings: string;
  recommendations: RecommendationRow[];
};

export const emptyUnit = (): UnitRow => ({ organisationId: null, name: '' });
export const emptyMember = (): MemberRow => ({ name: '', position: '', organisationId: null });
export const emptyRecommendation = (): RecommendationRow => ({ nature: 'recommendation', text: '', leadOrganisationId: null, dueDate: '' });

export function emptyVisit(provinceCode: string | null): VisitFormValues {
  return {
    title: '',
    startDate: '',
    endDate: '',
    provinceCode: provinceCode ?? '',
    leadOrganisationId: null,
    visitedUnits: [],
    members: [],
    purpose: '',
    findings: '',
    recommendations: [],
  };
}

export function visitToValues(v: VisitDetail): VisitFormValues {
  return {
    title: v.title,
    startDate: v.startDate,
    endDate: v.endDate ?? '',
    provinceCode: v.provinceCode ?? '',
    leadOrganisationId: v.leadOrganisation?.id ?? null,
    visitedUnits: v.visitedUnits.map((u) => ({ organisationId: u.organisationId, name: u.organisationId ? '' : u.name })),
    members: v.members.map((m) => ({ name: m.name, position: m.position ?? '', organisationId: m.organisationId })),
    purpose: v.purpose ?? '',
    findings: v.findings ?? '',
    recommendations: [],
  };
}

/** A recommendation row as the API takes it. */
export const recommendationInput = (r: RecommendationRow): VisitRecommendationInput => ({
  nature: r.nature,
  text: r.text,
  leadOrganisationId: r.leadOrganisationId,
  dueDate: r.dueDate || null,
});

function fieldsInput(v: VisitFormValues) {
  return {
    title: v.title,
    startDate: v.startDate,
    endDate: v.endDate || null,
    provinceCode: v.provinceCode || null,
    leadOrganisationId: v.leadOrganisationId,
    visitedUnits: v.visitedUnits.map((u) => ({ organisationId: u.organisationId, name: u.name })),
    members: v.members.map((m) => ({ name: m.name, position: m.position || null, organisationId: m.organisationId })),
    purpose: v.purpose || null,
    findings: v.findings || null,
  };
}

export const createInput = (v: VisitFormValues): VisitCreateInput => ({
  ...fieldsInput(v),
  recommendations: v.recommendations.map(recommendationInput),
});

export const updateInput = (v: VisitFormValues, version: number): VisitUpdateInput => ({ ...fieldsInput(v), version });
