import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { PublicCheckInInput, PublicCheckInPoint, PublicCheckInResult } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';

const base = (token: string) => `/api/public/check-in/${encodeURIComponent(token)}`;

export function usePublicCheckInPoint(token: string) {
  return useQuery(queryOptions({ queryKey: ['public-check-in', token], queryFn: ({ signal }) => api.get<PublicCheckInPoint>(base(token), { signal }) }));
}

export function usePublicCheckIn(token: string) {
  return useMutation({ mutationFn: (input: PublicCheckInInput) => api.post<PublicCheckInResult>(base(token), input) });
}
