import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { participantInputSchema, type Participant } from '../../../../shared/api/participants';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useCreateParticipant } from '../api/create-participant';
import { useUpdateParticipant } from '../api/update-participant';
import type { PointOption } from './types';

type Values = { fullName: string; agency: string; position: string; contact: string; connectionPointId: string | null };

type Props = {
  conferenceId: string;
  points: PointOption[];
  /** Absent when adding someone. */
  participant?: Participant;
  onSaved: (participant: Participant) => void;
  onClose: () => void;
};

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** Adds one person, or edits one (sending back the version it started from). Only the name is required. */
export function ParticipantDialog({ conferenceId, points, participant, onSaved, onClose }: Props) {
  const t = useT();
  const form = useFormState<Values>({
    fullName: participant?.fullName ?? '',
    agency: participant?.agency ?? '',
    position: participant?.position ?? '',
    contact: participant?.contact ?? '',
    connectionPointId: participant?.connectionPointId ?? null,
  });
  const create = useCreateParticipant(conferenceId);
  const update = useUpdateParticipant(conferenceId);
  const saving = participant ? update : create;
  const conflict = update.error instanceof ApiError && update.error.code === 'CONFLICT' && !update.error.problem.errors?.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { values } = form;
    const input = form.validate(participantInputSchema, {
      ...values,
      agency: orNull(values.agency),
      position: orNull(values.position),
      contact: orNull(values.contact),
    });
    if (!input) return;
    const options = { onSuccess: onSaved, onError: form.applyProblem };
    if (participant) update.mutate({ participantId: participant.id, input: { ...input, version: participant.version } }, options);
    else create.mutate(input, options);
  };

  return (
    <Modal opened onClose={onClose} title={t(participant ? 'participants.edit.title' : 'participants.create.title')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {saving.error ? <ProblemAlert error={saving.error} onRetry={conflict ? onClose : undefined} retryLabel={t('common.reloadLatest')} /> : null}
          <TextInput
            label={t('participants.field.fullName')}
            value={form.values.fullName}
            onChange={(e) => form.setField('fullName', e.currentTarget.value)}
            error={form.errors.fullName}
            required
            data-autofocus
          />
          <TextInput label={t('participants.field.agency')} value={form.values.agency} onChange={(e) => form.setField('agency', e.currentTarget.value)} error={form.errors.agency} />
          <TextInput label={t('participants.field.position')} value={form.values.position} onChange={(e) => form.setField('position', e.currentTarget.value)} error={form.errors.position} />
          {points.length > 0 && (
            <Select
              label={t('participants.field.connectionPoint')}
              placeholder={t('participants.point.none')}
              data={points.map((p) => ({ value: p.id, label: p.name }))}
              value={form.values.connectionPointId}
              onChange={(v) => form.setField('connectionPointId', v)}
              error={form.errors.connectionPointId}
              clearable
              searchable
            />
          )}
          <TextInput
            label={t('participants.field.contact')}
            description={t('participants.field.contactHint')}
            value={form.values.contact}
            onChange={(e) => form.setField('contact', e.currentTarget.value)}
            error={form.errors.contact}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving.isPending}>
              {t(participant ? 'common.save' : 'participants.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
