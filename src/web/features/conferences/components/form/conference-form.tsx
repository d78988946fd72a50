import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { conferenceInputSchema, type Conference, type ConferenceData, type ConferenceInput } from '../../../../../shared/api/conferences';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { LeaveUnsaved, useUnsavedChanges } from '../../../../components/leave-unsaved';
import { ProblemAlert } from '../../../../components/problem-alert';
import { ApiError } from '../../../../lib/api-client';
import { useSignedInUser } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import { useCreateConference } from '../../api/create-conference';
import { useUpdateConference } from '../../api/update-conference';
import { AgendaSection } from './agenda-section';
import { ConflictAlert } from './conflict-alert';
import { ConnectionPointsSection } from './connection-points-section';
import { ErrorSummary } from './error-summary';
import { conferenceToValues } from './conference-to-values';
import { draftToValues } from './draft-to-values';
import { emptyConference } from './form-values';
import { GeneralSection } from './general-section';
import { MaterialsSection } from './materials-section';
import { OfficialsSection } from './officials-section';
import { OrganisersSection, type SuggestedOrganiser } from './organisers-section';
import { OutcomesSection } from './outcomes-section';
import { ParticipantsSection } from './participants-section';
import { SourcesSection } from './sources-section';
import { valuesToInput } from './to-input';
import { useConferenceForm } from './use-conference-form';

type Props = {
  /** Absent when recording a new conference. */
  conference?: Conference;
  /** What is already known of a new conference (a reviewed intake draft); ignored when editing. */
  draft?: Partial<ConferenceInput>;
  /** Bodies the source names that the registry lacks, offered for adding on the spot. */
  suggestedOrganisers?: SuggestedOrganiser[];
  /**
   * Saves a new conference another way than POST /api/conferences (intake confirms its draft and
   * the conference in one request); resolves with the conference's id.
   */
  saveNew?: (input: ConferenceData) => Promise<{ id: string }>;
  submitLabel?: string;
  onSaved: (saved: { id: string }) => void;
  onCancel: () => void;
  /** After a conflict, when the person chooses to drop their edits for the latest version. */
  onReload?: () => void;
};

/**
 * Records or edits a conference, section by section. The shared schema checks it before it is
 * sent; the server's own checks (totals, dates, provinces) come back as field errors shown at
 * the fields and listed at the top. An edit sends the version it started from.
 */
export function ConferenceForm({ conference, draft, suggestedOrganisers, saveNew, submitLabel, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const [initial] = useState(() => {
    if (conference) return conferenceToValues(conference);
    const blank = emptyConference(isNationalRole(user.role) ? null : user.provinceCode);
    return draft ? draftToValues(draft, blank) : blank;
  });
  const form = useConferenceForm(initial);
  // Changes since the form opened, until they are saved: leaving then asks first.
  const { unsaved, markSaved } = useUnsavedChanges(initial, form.values);
  const create = useCreateConference();
  const update = useUpdateConference();
  const createElsewhere = useMutation({ mutationFn: (input: ConferenceData) => (saveNew ? saveNew(input) : Promise.reject(new Error('saveNew missing'))) });
  const saving = conference ? update : saveNew ? createElsewhere : create;
  const conflict = saving.error instanceof ApiError && saving.error.code === 'CONFLICT';
  const fieldProblems = saving.error instanceof ApiError && Boolean(saving.error.problem.errors?.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.reset();
    const input = form.validate(conferenceInputSchema, valuesToInput(form.values));
    if (!input) {
      window.scrollTo({ top: 0, behavior: 'smooth' });
      return;
    }
    const options = {
      onSuccess: (result: { id: string }) => {
        markSaved();
        onSaved(result);
      },
      onError: (error: unknown) => {
        form.applyProblem(error);
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    };
    if (conference) update.mutate({ id: conference.id, input: { ...input, version: conference.version } }, options);
    else if (saveNew) createElsewhere.mutate(input, options);
    else create.mutate(input, options);
  };

  return (
    <form onSubmit={submit} noValidate>
      <LeaveUnsaved unsaved={unsaved} />
      <Stack gap="md">
        {conflict && conference && <ConflictAlert conferenceId={conference.id} onReload={onReload ?? (() => {})} />}
        {saving.error && !conflict && !fieldProblems && <ProblemAlert error={saving.error} />}
        <ErrorSummary errors={form.errors} values={form.values} />
        <GeneralSection form={form} />
        <OrganisersSection form={form} suggested={suggestedOrganisers} />
        <ParticipantsSection form={form} />
        <ConnectionPointsSection form={form} />
        <OfficialsSection form={form} />
        <AgendaSection form={form} />
        <MaterialsSection form={form} />
        <OutcomesSection form={form} />
        <SourcesSection form={form} />
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-gray-0)" style={{ zIndex: 2 }}>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {submitLabel ?? t(conference ? 'common.save' : 'conferences.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
