import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../../lib/use-t';
import { RowIcon } from './row-icons';
import type { RowsChange } from './use-conference-form';

type Props<R extends { key: string }> = {
  rows: R[];
  onChange: (rows: R[], change: RowsChange) => void;
  newRow: () => R;
  /** "Điểm cầu 2": names the row in its header and in the buttons' labels for screen readers. */
  rowLabel: (index: number) => string;
  addLabel: string;
  empty: string;
  disabled?: boolean;
  children: (row: R, index: number, update: (changes: Partial<R>) => void) => ReactNode;
};

/** Rows the person adds, removes and puts in order with up/down buttons (no dragging to learn). */
export function RepeatableRows<R extends { key: string }>({ rows, onChange, newRow, rowLabel, addLabel, empty, disabled, children }: Props<R>) {
  const t = useT();
  const move = (from: number, to: number) => {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row!);
    onChange(next, { kind: 'structure' });
  };
  const update = (index: number) => (changes: Partial<R>) =>
    onChange(
      rows.map((r, i) => (i === index ? { ...r, ...changes } : r)),
      { kind: 'edit', index, fields: Object.keys(changes) },
    );

  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {rows.map((row, i) => {
        const label = rowLabel(i);
        return (
          <Paper key={row.key} withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)" role="group" aria-label={label}>
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={600} size="sm">
                {label}
              </Text>
              {!disabled && (
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" color="gray" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('conferences.rows.moveUp', { row: label })}>
                    <RowIcon name="up" />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={i === rows.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={t('conferences.rows.moveDown', { row: label })}
                  >
                    <RowIcon name="down" />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => onChange(rows.filter((_, j) => j !== i), { kind: 'structure' })}
                    aria-label={t('conferences.rows.remove', { row: label })}
                  >
                    <RowIcon name="remove" />
                  </ActionIcon>
                </Group>
              )}
            </Group>
            {children(row, i, update(i))}
          </Paper>
        );
      })}
      {!disabled && (
        <Group>
          <Button variant="light" size="sm" onClick={() => onChange([...rows, newRow()], { kind: 'structure' })}>
            {`+ ${addLabel}`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
