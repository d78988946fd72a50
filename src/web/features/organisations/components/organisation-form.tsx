import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { organisationInputSchema, type Organisation } from '../../../../shared/api/organisations';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { useSignedInUser } from '../../../lib/current-user';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useCreateOrganisation } from '../api/create-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { DuplicateNameHint } from './duplicate-name-hint';
import { OrganisationFields, type OrganisationFieldValues } from './organisation-fields';

type Props = {
  /** Absent when adding a new organisation. */
  organisation?: Organisation;
  readOnly?: boolean;
  onSaved: (organisation: Organisation) => void;
  onCancel?: () => void;
  onReload?: () => void;
};

/** Adds or edits an organisation; an edit sends back the version it started from. */
export function OrganisationForm({ organisation, readOnly = false, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const initial: OrganisationFieldValues = {
    name: organisation?.name ?? '',
    shortName: organisation?.shortName ?? '',
    kind: organisation?.kind ?? null,
    provinceCode: organisation ? organisation.provinceCode : isNationalRole(user.role) ? null : user.provinceCode,
    parentId: organisation?.parentId ?? null,
  };
  const form = useFormState(initial);
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const saving = organisation ? update : create;
  const conflict = update.error instanceof ApiError && update.error.code === 'CONFLICT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(organisationInputSchema, { ...form.values, shortName: form.values.shortName.trim() || null });
    if (!input) return;
    const options = { onSuccess: onSaved, onError: form.applyProblem };
    if (organisation) update.mutate({ id: organisation.id, input: { ...input, version: organisation.version } }, options);
    else create.mutate(input, options);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {saving.error && <ProblemAlert error={saving.error} onRetry={conflict ? onReload : undefined} retryLabel={t('common.reloadLatest')} />}
        <OrganisationFields values={form.values} errors={form.errors} onChange={form.patch} selfId={organisation?.id} disabled={readOnly} />
        {!readOnly && <DuplicateNameHint name={form.values.name} provinceCode={form.values.provinceCode} selfId={organisation?.id} />}
        {!readOnly && (
          <Group justify="flex-end">
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                <FormattedMessage id="common.cancel" />
              </Button>
            )}
            <Button type="submit" loading={saving.isPending}>
              {t(organisation ? 'common.save' : 'organisations.create.submit')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
