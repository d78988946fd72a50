import { Button, Grid, Group, Input, Select } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { useCan } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import { FormSection } from './form-section';
import { emptyRow, newRowKey } from './form-values';
import { NewOrganisationDialog } from './new-organisation-dialog';
import { RepeatableRows } from './repeatable-rows';
import { SuggestedOrganisers, type SuggestedOrganiser } from './suggested-organisers';
import type { ConferenceFormApi } from './use-conference-form';

export type { SuggestedOrganiser };

type Props = { form: ConferenceFormApi; suggested?: SuggestedOrganiser[] };

/** Đơn vị tổ chức: the bodies that hold the conference (chủ trì) and those that co-organise it (phối hợp). */
export function OrganisersSection({ form, suggested = [] }: Props) {
  const t = useT();
  const canAddToRegistry = useCan('organisations.manage');
  const [dialogOpened, dialog] = useDisclosure(false);
  // The suggestion being added (its name fills the dialog), and those already added.
  const [adding, setAdding] = useState<SuggestedOrganiser | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const rows = form.values.organisers;
  const openDialog = (suggestion: SuggestedOrganiser | null) => {
    setAdding(suggestion);
    dialog.open();
  };

  return (
    <FormSection id="conference-organisers" title={t('conferences.section.organisers')} description={t('conferences.organisers.hint')}>
      {form.errors.organisers && <Input.Error>{form.errors.organisers}</Input.Error>}
      <RepeatableRows
        rows={rows}
        onChange={(next, change) => form.setRows('organisers', next, change)}
        newRow={emptyRow.organisers}
        rowLabel={(i) => t('conferences.organisers.row', { n: i + 1 })}
        addLabel={t('conferences.organisers.add')}
        empty={t('conferences.organisers.empty')}
      >
        {(row, i, update) => (
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <OrganisationSelect
                label={t('conferences.organisers.organisation')}
                value={row.organisationId}
                onChange={(id) => update({ organisationId: id })}
                province={null}
                error={form.rowError('organisers', i, 'organisationId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('conferences.organisers.role')}
                data={(['organizer', 'co_organizer'] as const).map((r) => ({ value: r, label: t(`conferences.organiserRole.${r}`) }))}
                value={row.role}
                onChange={(r) => r && update({ role: r as typeof row.role })}
                allowDeselect={false}
              />
            </Grid.Col>
          </Grid>
        )}
      </RepeatableRows>
      <SuggestedOrganisers suggested={suggested.filter((s) => !added.includes(s.name))} canAdd={canAddToRegistry} onAdd={openDialog} />
      {canAddToRegistry && (
        <Group>
          <Button variant="subtle" size="sm" onClick={() => openDialog(null)}>
            {`+ ${t('conferences.organisers.newOpen')}`}
          </Button>
        </Group>
      )}
      <NewOrganisationDialog
        key={adding?.name ?? ''}
        opened={dialogOpened}
        onClose={dialog.close}
        provinceCode={form.values.provinceCode}
        initialName={adding?.name}
        onCreated={(organisation) => {
          dialog.close();
          if (adding) setAdded((names) => [...names, adding.name]);
          const role = adding?.role ?? (rows.length ? ('co_organizer' as const) : ('organizer' as const));
          // Fill the first row still waiting for a body, or add one; the first body listed chairs.
          const empty = rows.findIndex((r) => r.organisationId === null);
          const next =
            empty >= 0
              ? rows.map((r, i) => (i === empty ? { ...r, organisationId: organisation.id } : r))
              : [...rows, { key: newRowKey(), organisationId: organisation.id, role }];
          form.setRows('organisers', next, empty >= 0 ? { kind: 'edit', index: empty, fields: ['organisationId'] } : { kind: 'structure' });
        }}
      />
    </FormSection>
  );
}
