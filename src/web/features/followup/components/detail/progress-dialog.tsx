import { Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { progressInputSchema, type FollowupItem } from '../../../../../shared/api/followup';
import { useToast } from '../../../../components/toast/toast-context';
import { useFormState } from '../../../../lib/form-state';
import { useT } from '../../../../lib/use-t';
import { useRecordProgress } from '../../api/item-actions';
import { DateField } from '../../../../components/date-field';
import { DialogFooter } from '../dialog-footer';
import { todayInVietnam } from '../today';
import { IndicatorLinks, type IndicatorLink } from './indicator-links';
import { ProgressFiles, type AttachedFile } from './progress-files';

type Props = { item: FollowupItem; opened: boolean; onClose: () => void; onReload: () => void };
type Values = { entryDate: string; text: string; files: AttachedFile[]; indicators: IndicatorLink[] };

const blank = (): Values => ({ entryDate: todayInVietnam(), text: '', files: [], indicators: [] });

/** Records what was done: a date, the text, files, and the approved figures that show it. */
export function ProgressDialog({ item, opened, onClose, onReload }: Props) {
  const t = useT();
  const toast = useToast();
  const record = useRecordProgress(item.id);
  const [key, setKey] = useState(0);
  const form = useFormState<Values>(blank());
  const { values, setField, errors } = form;
  const close = () => {
    record.reset();
    form.setValues(blank());
    form.setErrors({});
    setKey((k) => k + 1);
    onClose();
  };
  const submit = () => {
    const input = form.validate(progressInputSchema, {
      entryDate: values.entryDate,
      text: values.text,
      fileIds: values.files.map((f) => f.id),
      indicators: values.indicators,
    });
    if (!input) return;
    record.mutate(input, {
      onSuccess: () => {
        toast(t('followup.progress.done'));
        close();
      },
      onError: (error) => form.applyProblem(error),
    });
  };
  return (
    <Modal opened={opened} onClose={close} title={t('followup.progress.title')} size="lg">
      <Stack key={key}>
        <DateField label={t('followup.progress.date')} value={values.entryDate} onChange={(v) => setField('entryDate', v)} error={errors.entryDate} required />
        <Textarea
          label={t('followup.progress.text')}
          description={t('followup.progress.textHint')}
          withAsterisk
          autosize
          minRows={4}
          value={values.text}
          error={errors.text}
          onChange={(e) => setField('text', e.currentTarget.value)}
        />
        {/* The upload takes whoever records follow-up progress, as the server checks. */}
        <ProgressFiles value={values.files} onChange={(files) => setField('files', files)} />
        <IndicatorLinks value={values.indicators} onChange={(rows) => setField('indicators', rows)} errors={errors} />
        <DialogFooter error={record.error} onClose={close} onReload={onReload} onSubmit={submit} submitLabel={t('followup.progress.submit')} pending={record.isPending} />
      </Stack>
    </Modal>
  );
}
