import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CodeList } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

export type CodeListParams = { page: number; pageSize: number; batch?: number; connectionPoint?: string };

export function listCodes(conferenceId: string, params: CodeListParams, signal?: AbortSignal): Promise<CodeList> {
  return api.get<CodeList>(`${awarenessPath(conferenceId)}/codes`, { query: params, signal });
}

export function useCodes(conferenceId: string, params: CodeListParams, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: awarenessKeys.codes(conferenceId, params),
      queryFn: ({ signal }) => listCodes(conferenceId, params, signal),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}

/** The printable workbook of codes (a plain download link: the browser sends the session cookie). */
export const codeSheetUrl = (conferenceId: string, params: { batch?: number } = {}) =>
  `${awarenessPath(conferenceId)}/codes.xlsx${params.batch ? `?batch=${params.batch}` : ''}`;
