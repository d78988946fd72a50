import type { QueryClient } from '@tanstack/react-query';

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

/**
 * After a document was confirmed or dropped, cached queue pages still list it as waiting: drop
 * them (the queue loads fresh when next shown) rather than mark them stale, which would show the
 * handled document again until the refetch lands.
 */
export function forgetHandledDocument(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ queryKey: ['intake', 'list'] });
  return queryClient.invalidateQueries({ queryKey: intakeKeys.all });
}
