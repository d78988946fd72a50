import { Button, Group, Paper, Stack, Tabs } from '@mantine/core';
import { useT } from '../../../../lib/use-t';
import { FileDropZone } from './file-drop-zone';
import { LeaveWhileSending } from './leave-while-sending';
import { PasteForm } from './paste-form';
import { UploadResults } from './upload-results';
import { useUploadBatch } from './use-upload-batch';

/** The two ways in: files (many at once, or a folder) and pasted text. */
export function UploadPanel() {
  const t = useT();
  const { batch, start, stop, resume, clear } = useUploadBatch();
  return (
    <Paper withBorder radius="md" p="md">
      <LeaveWhileSending sending={Boolean(batch?.running)} onStop={stop} />
      <Tabs defaultValue="files" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="files">{t('intake.upload.tabFiles')}</Tabs.Tab>
          <Tabs.Tab value="paste">{t('intake.upload.tabPaste')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="files">
          <Stack gap="md">
            <FileDropZone disabled={Boolean(batch?.running)} onFiles={(files) => void start(files)} />
            {batch && <UploadResults batch={batch} onStop={stop} onResume={() => void resume()} />}
            {batch && !batch.running && (
              <Group justify="flex-end">
                <Button variant="subtle" size="xs" onClick={clear}>
                  {t('intake.upload.clear')}
                </Button>
              </Group>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="paste">
          <PasteForm />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
