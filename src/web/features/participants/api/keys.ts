/**
 * Query keys of this feature. Everything about one conference's participants sits under
 * `['participants', conferenceId]`, so a change invalidates the list, the attendance and the
 * check-in histories of that conference in one call.
 */
export const participantKeys = {
  all: (conferenceId: string) => ['participants', conferenceId] as const,
  list: (conferenceId: string, params: object) => ['participants', conferenceId, 'list', params] as const,
  attendance: (conferenceId: string) => ['participants', conferenceId, 'attendance'] as const,
  checkIns: (conferenceId: string, participantId: string) => ['participants', conferenceId, 'check-ins', participantId] as const,
};

export const participantsPath = (conferenceId: string) => `/api/conferences/${encodeURIComponent(conferenceId)}/participants`;
export const participantPath = (conferenceId: string, participantId: string) =>
  `${participantsPath(conferenceId)}/${encodeURIComponent(participantId)}`;
