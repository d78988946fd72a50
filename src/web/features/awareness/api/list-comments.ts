import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CommentList } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

/** `connectionPoint`: a point's id, or 'none' for codes printed for the whole conference. */
export type CommentListParams = { page: number; pageSize: number; connectionPoint?: string };

export function listComments(conferenceId: string, params: CommentListParams, signal?: AbortSignal): Promise<CommentList> {
  return api.get<CommentList>(`${awarenessPath(conferenceId)}/comments`, { query: params, signal });
}

/** A page of the survey's comments, newest first; the previous page stays on screen while the next loads. */
export function useComments(conferenceId: string, params: CommentListParams, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: awarenessKeys.comments(conferenceId, params),
      queryFn: ({ signal }) => listComments(conferenceId, params, signal),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}
