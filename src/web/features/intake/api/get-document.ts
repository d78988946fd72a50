import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IntakeDocument } from '../../../../shared/api/intake';
import { api } from '../../../lib/api-client';
import { intakeDocumentPath, intakeKeys } from './keys';

export function getDocument(id: string, signal?: AbortSignal): Promise<IntakeDocument> {
  return api.get<IntakeDocument>(intakeDocumentPath(id), { signal });
}

export const intakeDocumentQueryOptions = (id: string) =>
  queryOptions({ queryKey: intakeKeys.document(id), queryFn: ({ signal }) => getDocument(id, signal) });

export function useIntakeDocument(id: string) {
  return useQuery(intakeDocumentQueryOptions(id));
}
