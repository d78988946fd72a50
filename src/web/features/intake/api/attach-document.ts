import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Conference, ConferenceInput } from '../../../../shared/api/conferences';
import type { AcceptedFigure } from '../../../../shared/api/intake';
import { api } from '../../../lib/api-client';
import { confirmDocument } from './confirm-document';
import { forgetHandledDocument } from './keys';

type AttachInput = { version: number; conferenceId: string; fill: Partial<ConferenceInput>; figures: AcceptedFigure[] };

/** The conference as it is now: its version guards against filling fields someone has just edited. */
function getConference(id: string): Promise<Conference> {
  return api.get<Conference>(`/api/conferences/${encodeURIComponent(id)}`);
}

/**
 * Adds the document as a source of a conference already recorded; the server fills only the
 * fields that conference leaves empty, never overwriting what someone entered.
 */
export function useAttachDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, conferenceId, fill, figures }: AttachInput) => {
      const conference = await getConference(conferenceId);
      return confirmDocument(id, { mode: 'attach', version, conferenceId, conferenceVersion: conference.version, fill, figures });
    },
    onSuccess: (result) => {
      void forgetHandledDocument(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['conferences', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['conferences', 'detail', result.conferenceId] });
    },
  });
}
