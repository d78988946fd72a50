import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInLinks } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys } from './keys';

const linksPath = (conferenceId: string) => `/api/conferences/${encodeURIComponent(conferenceId)}/check-in-links`;

export function listCheckInLinks(conferenceId: string, signal?: AbortSignal): Promise<CheckInLinks> {
  return api.get<CheckInLinks>(linksPath(conferenceId), { signal });
}

export function useCheckInLinks(conferenceId: string, enabled: boolean) {
  return useQuery(queryOptions({ queryKey: awarenessKeys.checkInLinks(conferenceId), queryFn: ({ signal }) => listCheckInLinks(conferenceId, signal), enabled }));
}

export function issueCheckInLink(conferenceId: string, pointId: string): Promise<CheckInLinks> {
  return api.post<CheckInLinks>(`${linksPath(conferenceId)}/${encodeURIComponent(pointId)}`);
}

/** Issues (or re-issues, revoking the old QR) one point's check-in link. */
export function useIssueCheckInLink(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pointId: string) => issueCheckInLink(conferenceId, pointId),
    onSuccess: (links) => queryClient.setQueryData(awarenessKeys.checkInLinks(conferenceId), links),
  });
}
