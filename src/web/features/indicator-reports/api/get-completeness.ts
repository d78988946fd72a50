import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { completenessSchema } from '../../../../shared/api/indicator-reports';
import { api } from '../../../lib/api-client';

export type Completeness = z.infer<typeof completenessSchema>;
export type CompletenessParams = { formId: string; period: string; provinceCode?: string };

export function getCompleteness(params: CompletenessParams, signal?: AbortSignal): Promise<Completeness> {
  return api.get<Completeness>('/api/indicator-completeness', { query: params, signal });
}

export function useCompleteness(params: CompletenessParams | null) {
  return useQuery(
    queryOptions({
      queryKey: ['indicator-reports', 'completeness', params],
      queryFn: ({ signal }) => getCompleteness(params!, signal),
      enabled: params !== null,
    }),
  );
}
