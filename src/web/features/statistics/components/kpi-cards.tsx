import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { formatDelegates } from './delegates';
import { sharePercent } from './share';

function Kpi({ label, value, valueTitle, note, testId }: { label: string; value: string; valueTitle?: string; note?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={30} fw={700} lh={1.2} mt={4} title={valueTitle}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** The four headline figures: conferences, delegates, connection points, communes reached. */
export function KpiCards({ stats }: { stats: ConferenceStats }) {
  const t = useT();
  const { totals, central } = stats;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Kpi
        testId="kpi-conferences"
        label={t('statistics.kpi.conferences')}
        value={formatNumber(totals.conferences)}
        note={central.conferences > 0 ? t('statistics.kpi.conferencesCentral', { count: formatNumber(central.conferences) }) : undefined}
      />
      <Kpi
        testId="kpi-delegates"
        label={t('statistics.kpi.delegates')}
        value={formatDelegates(totals.delegates)}
        valueTitle={totals.delegates === null ? t('statistics.delegates.unrecorded') : undefined}
        note={
          totals.delegatesUnrecorded > 0
            ? `${t('statistics.kpi.delegatesNote')}; ${t('statistics.kpi.delegatesUnrecorded', { count: totals.delegatesUnrecorded, countText: formatNumber(totals.delegatesUnrecorded) })}`
            : t('statistics.kpi.delegatesNote')
        }
      />
      <Kpi
        testId="kpi-connection-points"
        label={t('statistics.kpi.connectionPoints')}
        value={formatNumber(totals.connectionPoints)}
        note={t('statistics.kpi.connectionPointsNote')}
      />
      <Kpi
        testId="kpi-communes"
        label={t('statistics.kpi.communes')}
        value={formatNumber(totals.communesReached)}
        note={t('statistics.kpi.communesNote', {
          share: formatPercent(sharePercent(totals.communesReachedShare), { maximumFractionDigits: 1 }),
          total: formatNumber(totals.communeCount),
        })}
      />
    </SimpleGrid>
  );
}
