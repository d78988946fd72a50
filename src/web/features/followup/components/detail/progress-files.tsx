import { Anchor, Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { materialExtensions } from '../../../../../shared/api/files';
import { useProblemText } from '../../../../components/use-problem-text';
import { useT } from '../../../../lib/use-t';
import { useUploadProgressFile } from '../../api/upload-progress-file';

export type AttachedFile = { id: string; fileName: string };
type Props = { value: AttachedFile[]; onChange: (files: AttachedFile[]) => void };

const accept = materialExtensions.map((e) => `.${e}`).join(',');

/** Files attached to a progress entry: each uploaded at once (checked on the server), listed, removable before saving. */
export function ProgressFiles({ value, onChange }: Props) {
  const t = useT();
  const upload = useUploadProgressFile();
  const problemText = useProblemText();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('followup.progress.files')}
      </Text>
      {value.map((f) => (
        <Group key={f.id} gap="xs">
          <Anchor href={`/api/files/${f.id}`} size="sm" target="_blank" rel="noopener">
            {f.fileName}
          </Anchor>
          <CloseButton size="sm" onClick={() => onChange(value.filter((x) => x.id !== f.id))} aria-label={t('followup.progress.removeFile', { name: f.fileName })} />
        </Group>
      ))}
      <Group>
        <FileButton accept={accept} onChange={(file) => file && upload.mutate(file, { onSuccess: (stored) => onChange([...value, { id: stored.id, fileName: stored.fileName }]) })}>
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={upload.isPending}>
              {t('followup.progress.addFile')}
            </Button>
          )}
        </FileButton>
      </Group>
      {upload.isError ? (
        <Text c="red" size="sm" role="alert">
          {problemText(upload.error).detail}
        </Text>
      ) : (
        <Text c="dimmed" size="xs">
          {t('followup.progress.filesHint')}
        </Text>
      )}
    </Stack>
  );
}
