import { Alert, Button, Group, Text } from '@mantine/core';
import { useT } from '../../../../lib/use-t';

type Props = { conferenceId: string; onReload: () => void };

/**
 * Someone saved this conference after it was opened here. What was typed stays in the form;
 * the person can compare with the latest version in a new tab, or give up their edits and reload.
 */
export function ConflictAlert({ conferenceId, onReload }: Props) {
  const t = useT();
  return (
    <Alert color="orange" variant="light" title={t('conferences.conflict.title')} role="alert">
      <Text size="sm">{t('conferences.conflict.body')}</Text>
      <Group mt="sm" gap="sm">
        <Button component="a" href={`/training/${conferenceId}`} target="_blank" rel="noopener" size="xs" color="orange">
          {t('conferences.conflict.openLatest')}
        </Button>
        <Button size="xs" variant="default" onClick={onReload}>
          {t('conferences.conflict.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
