import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VisitCreateInput, VisitDetail, VisitUpdateInput } from '../../../../shared/api/working-visits';
import { api } from '../../../lib/api-client';
import { visitQueryKey } from './get-visit';

type Args = { id: null; input: VisitCreateInput } | { id: string; input: VisitUpdateInput };

/** Creates a visit (with its recommendations), or saves an edit (409 CONFLICT: someone saved first). */
export function saveVisit(args: Args): Promise<VisitDetail> {
  return args.id
    ? api.put<VisitDetail>(`/api/working-visits/${encodeURIComponent(args.id)}`, args.input)
    : api.post<VisitDetail>('/api/working-visits', args.input);
}

export function useSaveVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveVisit,
    onSuccess: async (visit) => {
      queryClient.setQueryData(visitQueryKey(visit.id), visit);
      // The follow-up list shows the items a new visit made.
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['working-visits', 'list'] }), queryClient.invalidateQueries({ queryKey: ['followup'] })]);
    },
  });
}
