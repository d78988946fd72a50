import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organisation, OrganisationInput } from '../../../../shared/api/organisations';
import { api } from '../../../lib/api-client';

/**
 * Adds an organiser to the registry from inside the conference form, when the body the article
 * names is not there yet. (The registry feature has its own copy; features do not import each other.)
 */
export function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return api.post<Organisation>('/api/organisations', input);
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (organisation) => {
      queryClient.setQueryData(['organisations', 'detail', organisation.id], organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}
