import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { intakeLimits } from '../../../../../shared/api/intake';
import { acceptAttribute } from './accepted-files';
import { chosenFromList, type ChosenFile } from './chosen-file';
import { droppedItems, filesOfDrop } from './dropped-files';

type Props = { disabled: boolean; onFiles: (files: ChosenFile[]) => void };

/**
 * Where files come in: dropped on the zone (files or whole folders), chosen (many at once) or
 * as a whole folder. A folder brings everything in it, each file shown with its path; system
 * litter is left out here, other types are reported.
 */
export function FileDropZone({ disabled, onFiles }: Props) {
  const t = useT();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [unreadable, setUnreadable] = useState<string[]>([]);

  const take = (files: ChosenFile[], missed: string[] = []) => {
    setUnreadable(missed);
    if (files.length) onFiles(files);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    // Taken now: the browser empties the drop's data once this handler returns.
    const dropped = droppedItems(event.dataTransfer);
    void filesOfDrop(dropped).then(({ files, unreadable: missed }) => take(files, missed));
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-color-blue-0)' : undefined }}
    >
      <Stack align="center" gap="xs">
        <Text fw={600}>{t('intake.upload.dropTitle')}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {t('intake.upload.dropHint', { limit: formatNumber(intakeLimits.uploadBytes / 1024 / 1024) })}
        </Text>
        <Group gap="sm" mt="xs" justify="center">
          <Button onClick={() => filesInput.current?.click()} disabled={disabled}>
            {t('intake.upload.chooseFiles')}
          </Button>
          <Button variant="default" onClick={() => folderInput.current?.click()} disabled={disabled}>
            {t('intake.upload.chooseFolder')}
          </Button>
        </Group>
        {unreadable.length > 0 && (
          <Alert color="yellow" variant="light" p="xs" w="100%" role="status" onClose={() => setUnreadable([])} withCloseButton>
            <Text size="sm">{t('intake.upload.unreadable', { count: unreadable.length, names: unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ', …' : '') })}</Text>
          </Alert>
        )}
      </Stack>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={acceptAttribute}
        hidden
        data-testid="intake-files"
        onChange={(e) => {
          take(chosenFromList(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
      {/* `webkitdirectory` is not in React's types; every current browser honours it. */}
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        {...{ webkitdirectory: '' }}
        data-testid="intake-folder"
        onChange={(e) => {
          take(chosenFromList(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
    </Paper>
  );
}
