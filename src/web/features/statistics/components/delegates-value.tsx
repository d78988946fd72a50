import { Text } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { formatDelegates } from './delegates';

/**
 * A group's delegates: the figure, or `—` titled "chưa ghi" when no conference recorded one, and
 * "(2 chưa ghi)" after it when some conferences of the group were left out of the sum.
 */
export function DelegatesValue({ value, unrecorded }: { value: number | null; unrecorded: number }) {
  const t = useT();
  const unrecordedTitle = t('statistics.delegates.unrecordedConferences', { count: unrecorded, countText: formatNumber(unrecorded) });
  return (
    <>
      {value === null ? (
        // <abbr>: the title is the tooltip and what a screen reader says for the dash.
        <abbr title={t('statistics.delegates.unrecorded')} style={{ cursor: 'help' }}>
          {formatDelegates(value)}
        </abbr>
      ) : (
        formatDelegates(value)
      )}
      {unrecorded > 0 && (
        <Text span size="xs" c="dimmed" ml={4} title={unrecordedTitle} style={{ whiteSpace: 'nowrap' }}>
          ({t('statistics.delegates.unrecordedCount', { count: unrecorded, countText: formatNumber(unrecorded) })})
        </Text>
      )}
    </>
  );
}
