import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Indicator, IndicatorInput, indicatorUpdateSchema } from '../../../../shared/api/indicators';
import { api } from '../../../lib/api-client';

export type IndicatorUpdate = z.input<typeof indicatorUpdateSchema>;

export function createIndicator(input: IndicatorInput): Promise<Indicator> {
  return api.post<Indicator>('/api/indicators', input);
}

export function updateIndicator({ code, input }: { code: string; input: IndicatorUpdate }): Promise<Indicator> {
  return api.put<Indicator>(`/api/indicators/${encodeURIComponent(code)}`, input);
}

/** Creates (no `code` given) or corrects an indicator; a 409 means the code is taken or someone saved first. */
export function useSaveIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { code: string | null; input: IndicatorInput & { version?: number } }) =>
      args.code ? updateIndicator({ code: args.code, input: { ...args.input, version: args.input.version ?? 1 } }) : createIndicator(args.input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  });
}
