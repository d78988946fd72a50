import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FollowupItem } from '../../../../../shared/api/followup';
import { useAllProvinces } from '../../../../components/province-select/use-provinces';
import { useToast } from '../../../../components/toast/toast-context';
import { searchKey } from '../../../../../shared/text/index';
import { useT } from '../../../../lib/use-t';
import { useAssignItem } from '../../api/item-actions';
import { DateField } from '../../../../components/date-field';
import { DialogFooter } from '../dialog-footer';
import { problemFields } from '../problem-fields';

type Props = { item: FollowupItem; opened: boolean; onClose: () => void; onReload: () => void };

/** Assigns a national item to provinces: one tracked copy each; those already assigned are not offered again. */
export function AssignDialog({ item, opened, onClose, onReload }: Props) {
  const t = useT();
  const toast = useToast();
  const assign = useAssignItem(item.id);
  const provinces = useAllProvinces();
  const [codes, setCodes] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const [codesError, setCodesError] = useState<string | null>(null);
  const assigned = new Set(item.copies.map((c) => c.provinceCode));
  const data = (provinces.data ?? []).filter((p) => !assigned.has(p.code)).map((p) => ({ value: p.code, label: p.name }));
  const fields = problemFields(assign.error);
  const close = () => {
    assign.reset();
    setCodes([]);
    setDueDate('');
    setCodesError(null);
    onClose();
  };
  const submit = () => {
    if (codes.length === 0) {
      setCodesError(t('followup.assign.required'));
      return;
    }
    assign.mutate(
      { provinceCodes: codes, dueDate: dueDate || null },
      {
        onSuccess: (result) => {
          toast(t('followup.assign.done', { count: result.created }));
          close();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t('followup.assign.title')} size="lg">
      <Stack>
        <Text size="sm">{t('followup.assign.intro')}</Text>
        <MultiSelect
          label={t('followup.assign.provinces')}
          placeholder={t('common.province.choose')}
          data={data}
          value={codes}
          onChange={(v) => {
            setCodes(v);
            setCodesError(null);
          }}
          searchable
          filter={({ options, search }) => options.filter((o) => 'label' in o && searchKey(o.label).includes(searchKey(search)))}
          nothingFoundMessage={t('common.noMatch')}
          error={codesError ?? fields.provinceCodes}
          comboboxProps={{ withinPortal: true }}
          hidePickedOptions
        />
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => setCodes(data.map((d) => d.value))}>
            {t('followup.assign.all', { count: data.length })}
          </Button>
        </Group>
        <DateField label={t('followup.assign.dueDate')} description={t('followup.assign.dueHint')} value={dueDate} onChange={setDueDate} error={fields.dueDate} />
        <DialogFooter error={assign.error} onClose={close} onReload={onReload} onSubmit={submit} submitLabel={t('followup.assign.submit', { count: codes.length })} pending={assign.isPending} />
      </Stack>
    </Modal>
  );
}
