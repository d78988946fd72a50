import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Organisation, organisationUpdateSchema } from '../../../../shared/api/organisations';
import { api } from '../../../lib/api-client';

export type OrganisationUpdate = z.input<typeof organisationUpdateSchema>;

export function updateOrganisation({ id, input }: { id: string; input: OrganisationUpdate }): Promise<Organisation> {
  return api.put<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, input);
}

/** Saves the changes; a 409 CONFLICT means someone else saved first. */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: (organisation) => {
      queryClient.setQueryData(['organisations', 'detail', organisation.id], organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'options'] });
    },
  });
}
