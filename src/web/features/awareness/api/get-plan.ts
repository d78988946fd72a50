import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AwarenessPlan } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

export function getPlan(conferenceId: string, signal?: AbortSignal): Promise<AwarenessPlan> {
  return api.get<AwarenessPlan>(awarenessPath(conferenceId), { signal });
}

export const planQueryOptions = (conferenceId: string) =>
  queryOptions({ queryKey: awarenessKeys.plan(conferenceId), queryFn: ({ signal }) => getPlan(conferenceId, signal) });

export function usePlan(conferenceId: string) {
  return useQuery(planQueryOptions(conferenceId));
}
