import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organisation, OrganisationInput } from '../../../../shared/api/organisations';
import { api } from '../../../lib/api-client';

export function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return api.post<Organisation>('/api/organisations', input);
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    // Pickers elsewhere ('options') list organisations too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
