import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicProvince, PublicProvinceList } from '../../../../shared/api/transparency';
import { api } from '../../../lib/api-client';

export function listPublicProvinces(signal?: AbortSignal): Promise<PublicProvinceList> {
  return api.get<PublicProvinceList>('/api/public/provinces', { signal, skipSessionRedirect: true });
}

export function usePublicProvinces() {
  return useQuery(queryOptions({ queryKey: ['transparency', 'public', 'list'], queryFn: ({ signal }) => listPublicProvinces(signal) }));
}

export function getPublicProvince(code: string, signal?: AbortSignal): Promise<PublicProvince> {
  return api.get<PublicProvince>(`/api/public/provinces/${encodeURIComponent(code)}`, { signal, skipSessionRedirect: true });
}

export function usePublicProvince(code: string) {
  return useQuery(queryOptions({ queryKey: ['transparency', 'public', code], queryFn: ({ signal }) => getPublicProvince(code, signal) }));
}
