import { Anchor, Button, FileButton, Group, Text } from '@mantine/core';
import { materialExtensions } from '../../../../../shared/api/files';
import { useProblemText } from '../../../../components/use-problem-text';
import { useT } from '../../../../lib/use-t';
import { useUploadMaterial } from '../../api/upload-material';

type Props = { fileId: string | null; onUploaded: (file: { id: string; fileName: string }) => void };

const accept = materialExtensions.map((e) => `.${e}`).join(',');

/** The file of a "tệp" material: upload it (checked on the server), then link to it. */
export function MaterialFileInput({ fileId, onUploaded }: Props) {
  const t = useT();
  const upload = useUploadMaterial();
  const problemText = useProblemText();
  return (
    <div>
      <Group gap="sm" align="center">
        <FileButton accept={accept} onChange={(file) => file && upload.mutate(file, { onSuccess: (stored) => onUploaded({ id: stored.id, fileName: stored.fileName }) })}>
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={upload.isPending}>
              {fileId ? t('conferences.materials.replaceFile') : t('conferences.materials.uploadFile')}
            </Button>
          )}
        </FileButton>
        {fileId && (
          <Anchor href={`/api/files/${fileId}`} size="sm" target="_blank" rel="noopener">
            {t('conferences.materials.openFile')}
          </Anchor>
        )}
      </Group>
      {upload.isError ? (
        <Text c="red" size="sm" mt={4} role="alert">
          {problemText(upload.error).detail}
        </Text>
      ) : (
        <Text c="dimmed" size="xs" mt={4}>
          {t('conferences.materials.fileHint')}
        </Text>
      )}
    </div>
  );
}
