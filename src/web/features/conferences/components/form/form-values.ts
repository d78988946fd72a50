import type {
  conferenceFormats,
  conferenceLevels,
  conferenceStatuses,
  connectionPointLevels,
  countQualifiers,
  materialKinds,
  officialRoles,
  outcomeKinds,
  partsOfDay,
  RightsTheme,
} from '../../../../../shared/api/conferences';

export type ConferenceLevel = (typeof conferenceLevels)[number];
export type ConferenceFormat = (typeof conferenceFormats)[number];
export type ConferenceStatus = (typeof conferenceStatuses)[number];
export type CountQualifier = (typeof countQualifiers)[number];
export type OfficialRole = (typeof officialRoles)[number];
export type PointLevel = (typeof connectionPointLevels)[number];
export type MaterialKind = (typeof materialKinds)[number];
export type OutcomeKind = (typeof outcomeKinds)[number];
export type PartOfDay = (typeof partsOfDay)[number];

/** Every repeatable row carries a key of its own, so React and cross-references survive reordering. */
type Row = { key: string };
export type OrganiserRow = Row & { organisationId: string | null; role: 'organizer' | 'co_organizer' };
export type PointRow = Row & {
  id?: string;
  name: string;
  level: PointLevel | null;
  provinceCode: string | null;
  communeCode: string | null;
  hostOrganisationId: string | null;
  isMain: boolean;
  plannedAttendance: number | null;
  actualAttendance: number | null;
  hasInternet: boolean;
  /** How many points the row records together; empty means one. */
  pointCount: number | null;
};
/** `pointKey` names the connection point row; it becomes an index only when the form is sent. */
export type OfficialRow = Row & {
  name: string;
  rank: string;
  title: string;
  organisationId: string | null;
  role: OfficialRole | null;
  pointKey: string | null;
};
export type AgendaRow = Row & {
  title: string;
  themes: RightsTheme[];
  speakerName: string;
  speakerRank: string;
  speakerTitle: string;
  speakerOrganisationId: string | null;
  durationMinutes: number | null;
};
export type MaterialRow = Row & { kind: MaterialKind; title: string; url: string; fileId: string | null; agendaKey: string | null };
export type OutcomeRow = Row & { id?: string; kind: OutcomeKind; text: string; responsibleOrganisationId: string | null; responsibleText: string; dueDate: string };
/** `fileId` is the stored original (kept by intake); the form shows it but never edits it. */
export type SourceRow = Row & { url: string; title: string; publisher: string; publishedDate: string; fileId: string | null };

/** What the form edits: strings where the person types, '' for "not given"; dates are ISO. */
export type ConferenceFormValues = {
  title: string;
  level: ConferenceLevel | null;
  provinceCode: string | null;
  legacyProvinceCode: string | null;
  communeCode: string | null;
  startDate: string;
  startTime: string;
  partOfDay: PartOfDay | null;
  endDate: string;
  venue: string;
  format: ConferenceFormat | null;
  status: ConferenceStatus;
  summary: string;
  participantsPlanned: number | null;
  participantsActual: number | null;
  participantsQualifier: CountQualifier;
  audiences: string[];
  organisers: OrganiserRow[];
  connectionPoints: PointRow[];
  officials: OfficialRow[];
  agenda: AgendaRow[];
  materials: MaterialRow[];
  outcomes: OutcomeRow[];
  sources: SourceRow[];
};

export type RowListKey = 'organisers' | 'connectionPoints' | 'officials' | 'agenda' | 'materials' | 'outcomes' | 'sources';

let lastKey = 0;
export const newRowKey = () => `r${++lastKey}`;

export const emptyRow = {
  organisers: (): OrganiserRow => ({ key: newRowKey(), organisationId: null, role: 'organizer' }),
  connectionPoints: (): PointRow => ({
    key: newRowKey(),
    name: '',
    level: null,
    provinceCode: null,
    communeCode: null,
    hostOrganisationId: null,
    isMain: false,
    plannedAttendance: null,
    actualAttendance: null,
    hasInternet: true,
    pointCount: null,
  }),
  officials: (): OfficialRow => ({ key: newRowKey(), name: '', rank: '', title: '', organisationId: null, role: null, pointKey: null }),
  agenda: (): AgendaRow => ({
    key: newRowKey(),
    title: '',
    themes: [],
    speakerName: '',
    speakerRank: '',
    speakerTitle: '',
    speakerOrganisationId: null,
    durationMinutes: null,
  }),
  materials: (): MaterialRow => ({ key: newRowKey(), kind: 'file', title: '', url: '', fileId: null, agendaKey: null }),
  outcome: (kind: OutcomeKind): OutcomeRow => ({ key: newRowKey(), kind, text: '', responsibleOrganisationId: null, responsibleText: '', dueDate: '' }),
  sources: (): SourceRow => ({ key: newRowKey(), url: '', title: '', publisher: '', publishedDate: '', fileId: null }),
};

/** A blank conference; a provincial user's conferences are their province's. */
export function emptyConference(provinceCode: string | null): ConferenceFormValues {
  return {
    title: '',
    level: provinceCode ? 'provincial' : null,
    provinceCode,
    legacyProvinceCode: null,
    communeCode: null,
    startDate: '',
    startTime: '',
    partOfDay: null,
    endDate: '',
    venue: '',
    format: null,
    status: 'planned',
    summary: '',
    participantsPlanned: null,
    participantsActual: null,
    participantsQualifier: 'exact',
    audiences: [],
    organisers: [],
    connectionPoints: [],
    officials: [],
    agenda: [],
    materials: [],
    outcomes: [],
    sources: [],
  };
}
