import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { intakeListSchema } from '../../../../shared/api/intake';
import { api } from '../../../lib/api-client';
import { intakeDocumentsPath, intakeKeys } from './keys';

export type IntakeList = z.infer<typeof intakeListSchema>;
/** '' status means the server's default: everything but dropped documents. */
export type IntakeListParams = { status: string; batchId: string; page: number; pageSize: number };

export function listDocuments(params: IntakeListParams, signal?: AbortSignal): Promise<IntakeList> {
  return api.get<IntakeList>(intakeDocumentsPath, { query: params, signal });
}

export const intakeDocumentsQueryOptions = (params: IntakeListParams) =>
  queryOptions({
    queryKey: intakeKeys.list(params),
    queryFn: ({ signal }) => listDocuments(params, signal),
    placeholderData: keepPreviousData,
  });

export function useIntakeDocuments(params: IntakeListParams) {
  return useQuery(intakeDocumentsQueryOptions(params));
}
