import type { FollowupItem, FollowupItemInput } from '../../../../../shared/api/followup';

/** The form as the inputs hold it: text everywhere ('' for empty), lists as arrays. */
export type ItemValues = {
  kind: string;
  nature: string;
  reference: string;
  text: string;
  leadOrganisationId: string;
  cooperatingOrganisationIds: string[];
  provinceCode: string;
  itemDate: string;
  dueDate: string;
  visitId: string;
  uprCycle: string;
  uprPosition: string;
  recommendingStates: string[];
  treaty: string;
  session: string;
  paragraph: string;
  planNumber: string;
  planDate: string;
  planTitle: string;
  themes: string[];
  sdgs: string[];
  affectedPersons: string[];
};

export function emptyItem(provinceCode: string | null, itemDate: string): ItemValues {
  return {
    kind: '',
    nature: '',
    reference: '',
    text: '',
    leadOrganisationId: '',
    cooperatingOrganisationIds: [],
    provinceCode: provinceCode ?? '',
    itemDate,
    dueDate: '',
    visitId: '',
    uprCycle: '',
    uprPosition: '',
    recommendingStates: [],
    treaty: '',
    session: '',
    paragraph: '',
    planNumber: '',
    planDate: '',
    planTitle: '',
    themes: [],
    sdgs: [],
    affectedPersons: [],
  };
}

export function itemToValues(item: FollowupItem): ItemValues {
  return {
    kind: item.kind,
    nature: item.nature ?? '',
    reference: item.reference ?? '',
    text: item.text,
    leadOrganisationId: item.leadOrganisation?.id ?? '',
    cooperatingOrganisationIds: item.cooperatingOrganisations.map((o) => o.id),
    provinceCode: item.provinceCode ?? '',
    itemDate: item.itemDate,
    dueDate: item.dueDate ?? '',
    visitId: item.visitId ?? '',
    uprCycle: item.uprCycle === null ? '' : String(item.uprCycle),
    uprPosition: item.uprPosition ?? '',
    recommendingStates: item.recommendingStates,
    treaty: item.treaty ?? '',
    session: item.session ?? '',
    paragraph: item.paragraph ?? '',
    planNumber: item.planNumber ?? '',
    planDate: item.planDate ?? '',
    planTitle: item.planTitle ?? '',
    themes: item.themes,
    sdgs: item.sdgs,
    affectedPersons: item.affectedPersons,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/**
 * What is sent: empty texts become null, and the fields of other kinds are dropped, so switching
 * the kind while typing leaves nothing of the old kind behind. The shared schema checks the result.
 */
export function valuesToInput(v: ItemValues): FollowupItemInput {
  const kind = v.kind as FollowupItemInput['kind'];
  const of = <T,>(k: string, value: T, empty: T): T => (kind === k ? value : empty);
  return {
    kind,
    nature: (kind === 'conference' || kind === 'visit' ? orNull(v.nature) : null) as FollowupItemInput['nature'],
    reference: orNull(v.reference),
    text: v.text,
    leadOrganisationId: orNull(v.leadOrganisationId),
    cooperatingOrganisationIds: v.cooperatingOrganisationIds,
    provinceCode: orNull(v.provinceCode),
    itemDate: v.itemDate,
    dueDate: orNull(v.dueDate),
    visitId: of('visit', orNull(v.visitId), null),
    uprCycle: of('upr', v.uprCycle === '' ? null : Number(v.uprCycle), null),
    uprPosition: of('upr', orNull(v.uprPosition), null) as FollowupItemInput['uprPosition'],
    recommendingStates: of('upr', v.recommendingStates, []),
    treaty: of('treaty', orNull(v.treaty), null) as FollowupItemInput['treaty'],
    session: of('treaty', orNull(v.session), null),
    paragraph: kind === 'upr' || kind === 'treaty' ? orNull(v.paragraph) : null,
    planNumber: of('plan', orNull(v.planNumber), null),
    planDate: of('plan', orNull(v.planDate), null),
    planTitle: of('plan', orNull(v.planTitle), null),
    themes: v.themes as FollowupItemInput['themes'],
    sdgs: v.sdgs,
    affectedPersons: v.affectedPersons,
  };
}
