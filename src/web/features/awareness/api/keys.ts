/**
 * Query keys of this feature. Everything about one conference's awareness measurement sits under
 * `['awareness', conferenceId]`, so a change invalidates the plan, codes and results at once.
 */
export const awarenessKeys = {
  all: (conferenceId: string) => ['awareness', conferenceId] as const,
  plan: (conferenceId: string) => ['awareness', conferenceId, 'plan'] as const,
  codes: (conferenceId: string, params: object) => ['awareness', conferenceId, 'codes', params] as const,
  results: (conferenceId: string) => ['awareness', conferenceId, 'results'] as const,
  comments: (conferenceId: string, params: object) => ['awareness', conferenceId, 'comments', params] as const,
  checkInLinks: (conferenceId: string) => ['awareness', conferenceId, 'check-in-links'] as const,
  conference: (conferenceId: string) => ['awareness', conferenceId, 'conference'] as const,
  questions: (params: object) => ['awareness-questions', params] as const,
  allQuestions: ['awareness-questions'] as const,
};

export const awarenessPath = (conferenceId: string) => `/api/conferences/${encodeURIComponent(conferenceId)}/awareness`;
