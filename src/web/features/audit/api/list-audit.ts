import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditListSchema } from '../../../../shared/api/audit';
import { api } from '../../../lib/api-client';

export type AuditList = z.infer<typeof auditListSchema>;
export type AuditListParams = {
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  /** ISO dates (yyyy-mm-dd), both included. */
  from: string;
  to: string;
  page: number;
  pageSize: number;
};

export function listAudit(params: AuditListParams, signal?: AbortSignal): Promise<AuditList> {
  return api.get<AuditList>('/api/audit', { query: params, signal });
}

export const auditQueryOptions = (params: AuditListParams) =>
  queryOptions({
    queryKey: ['audit', 'list', params],
    queryFn: ({ signal }) => listAudit(params, signal),
    placeholderData: keepPreviousData,
  });

export function useAudit(params: AuditListParams) {
  return useQuery(auditQueryOptions(params));
}
