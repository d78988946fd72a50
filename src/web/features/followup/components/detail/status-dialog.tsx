import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { followupStatuses, type FollowupItem, type FollowupStatus } from '../../../../../shared/api/followup';
import { useToast } from '../../../../components/toast/toast-context';
import { useT } from '../../../../lib/use-t';
import { useChangeStatus } from '../../api/item-actions';
import { DialogFooter } from '../dialog-footer';
import { problemFields } from '../problem-fields';
import { noteNeed } from './note-need';

type Props = { item: FollowupItem; opened: boolean; onClose: () => void; onReload: () => void };

/** Changes the status; the dialog says which note the change needs before the server has to. */
export function StatusDialog({ item, opened, onClose, onReload }: Props) {
  const t = useT();
  const toast = useToast();
  const change = useChangeStatus(item.id);
  const [status, setStatus] = useState<FollowupStatus | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const need = status ? noteNeed(item.status, status) : null;
  const close = () => {
    change.reset();
    setStatus(null);
    setNote('');
    setNoteError(null);
    onClose();
  };
  const submit = () => {
    if (!status) return;
    if (need && !note.trim()) {
      setNoteError(t(`followup.statusDialog.required.${need}`));
      return;
    }
    change.mutate(
      { status, note: note.trim(), version: item.version },
      {
        onSuccess: () => {
          toast(t('followup.statusDialog.done', { status: t(`followup.status.${status}`) }));
          close();
        },
      },
    );
  };
  const fieldError = problemFields(change.error).note;
  return (
    <Modal opened={opened} onClose={close} title={t('followup.statusDialog.title')} size="lg">
      <Stack>
        <Text size="sm">{t('followup.statusDialog.current', { status: t(`followup.status.${item.status}`) })}</Text>
        <Select
          label={t('followup.statusDialog.to')}
          data={followupStatuses.filter((s) => s !== item.status).map((s) => ({ value: s, label: t(`followup.status.${s}`) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as FollowupStatus | null);
            setNoteError(null);
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {status && (
          <Textarea
            label={need ? t(`followup.statusDialog.label.${need}`) : t('followup.statusDialog.label.optional')}
            description={need ? t(`followup.statusDialog.hint.${need}`) : undefined}
            withAsterisk={need !== null}
            autosize
            minRows={3}
            value={note}
            error={noteError ?? fieldError}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setNoteError(null);
            }}
          />
        )}
        <DialogFooter error={change.error} onClose={close} onReload={onReload} onSubmit={submit} submitLabel={t('followup.statusDialog.submit')} pending={change.isPending} disabled={!status} />
      </Stack>
    </Modal>
  );
}
