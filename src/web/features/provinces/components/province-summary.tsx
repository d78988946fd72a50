import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Province } from '../../../../shared/api/admin-units';
import { formatNumber } from '../../../lib/format';
import { isMerged } from './is-merged';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** The facts of one province: kind, number of communes, area, provinces merged into it. */
export function ProvinceSummary({ province }: { province: Province }) {
  const intl = useIntl();
  const legacy = isMerged(province) ? province.legacyProvinces.map((l) => l.name).join(', ') : '';
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Fact label={intl.formatMessage({ id: 'provinces.column.kind' })}>
        {intl.formatMessage({ id: `provinces.kind.${province.kind}` })}
      </Fact>
      <Fact label={intl.formatMessage({ id: 'provinces.column.communes' })}>{formatNumber(province.communeCount)}</Fact>
      <Fact label={intl.formatMessage({ id: 'provinces.area' })}>
        {province.areaKm2 === null ? '—' : intl.formatMessage({ id: 'provinces.areaValue' }, { area: formatNumber(province.areaKm2, { maximumFractionDigits: 1 }) })}
      </Fact>
      <Fact label={intl.formatMessage({ id: 'provinces.column.legacy' })}>
        {legacy || intl.formatMessage({ id: 'provinces.notMerged' })}
      </Fact>
    </SimpleGrid>
  );
}
