import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../lib/use-t';

/**
 * Whether a form's values differ from those it opened with, until `markSaved` (called when the
 * save succeeds, before navigating away). Read at the moment of leaving, so it never lags a render.
 */
export function useUnsavedChanges<T>(initial: T, values: T): { unsaved: () => boolean; markSaved: () => void } {
  const saved = useRef(false);
  const latest = useRef(values);
  latest.current = values;
  const unsaved = useCallback(() => !saved.current && JSON.stringify(latest.current) !== JSON.stringify(initial), [initial]);
  const markSaved = useCallback(() => {
    saved.current = true;
  }, []);
  return { unsaved, markSaved };
}

/**
 * A form with unsaved changes asks before they are lost: "Hủy", the menu or the back button
 * open a question (stay, or leave and discard); closing or reloading the tab gets the browser's
 * own warning. `unsaved` is read at the moment of leaving, so a form that has just been saved
 * (and navigates away) passes.
 */
export function LeaveUnsaved({ unsaved }: { unsaved: () => boolean }) {
  const t = useT();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && unsaved());

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('common.unsaved.title')} centered>
      <Stack gap="md">
        <Text size="sm">{t('common.unsaved.message')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('common.unsaved.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('common.unsaved.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
