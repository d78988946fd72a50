import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TransparencySetting } from '../../../../shared/api/transparency';
import { api } from '../../../lib/api-client';

const settingsKey = ['transparency', 'settings'] as const;

export function listTransparencySettings(signal?: AbortSignal): Promise<{ items: TransparencySetting[] }> {
  return api.get<{ items: TransparencySetting[] }>('/api/transparency/settings', { signal });
}

export function useTransparencySettings() {
  return useQuery(queryOptions({ queryKey: settingsKey, queryFn: ({ signal }) => listTransparencySettings(signal) }));
}

export function updateTransparencySetting(provinceCode: string, published: boolean): Promise<TransparencySetting> {
  return api.put<TransparencySetting>(`/api/transparency/settings/${encodeURIComponent(provinceCode)}`, { published });
}

/** Publishes or withdraws a province's page; the settings and the public list are read again. */
export function useUpdateTransparencySetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { provinceCode: string; published: boolean }) => updateTransparencySetting(v.provinceCode, v.published),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: settingsKey });
      void client.invalidateQueries({ queryKey: ['transparency', 'public'] });
    },
  });
}
