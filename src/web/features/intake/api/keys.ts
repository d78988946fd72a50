/**
 * Query keys of document intake. Everything sits under `['intake']`, so an upload, a confirm or a
 * drop refreshes the queue and the document in one call.
 */
export const intakeKeys = {
  all: ['intake'] as const,
  list: (params: object) => ['intake', 'list', params] as const,
  document: (id: string) => ['intake', 'document', id] as const,
};

export const intakeDocumentsPath = '/api/intake/documents';
export const intakeDocumentPath = (id: string) => `${intakeDocumentsPath}/${encodeURIComponent(id)}`;
