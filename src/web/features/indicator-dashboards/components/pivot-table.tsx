import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { pivotDimensions, type Pivot, type PivotDimension } from '../../../../shared/api/indicator-dashboards';
import { useT } from '../../../lib/use-t';
import { FigureText } from './figure-text';

type Props = {
  pivot: Pivot | undefined;
  rows: PivotDimension;
  columns: PivotDimension;
  onAxes: (rows: PivotDimension, columns: PivotDimension) => void;
  downloads: React.ReactNode;
};

/**
 * The pivot: the user puts province, period or indicator on rows and columns; the third is the
 * one chosen in the filters (the period, the indicator, or the province — the nation by default).
 * The national row is always the roll-up of every province, in bold.
 */
export function PivotTable({ pivot, rows, columns, onAxes, downloads }: Props) {
  const t = useT();
  const dimension = (d: PivotDimension) => t(`indicatorDashboards.pivot.dimension.${d}`);
  const options = pivotDimensions.map((d) => ({ value: d, label: dimension(d) }));
  const indicatorOf = (rowKey: string, columnKey: string) => {
    if (!pivot) return undefined;
    const code = pivot.rows === 'indicator' ? rowKey : pivot.columns === 'indicator' ? columnKey : pivot.fixed.key;
    return pivot.indicators.find((i) => i.code === code);
  };
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Group gap="sm" align="flex-end">
            <Title order={3} fz="md">
              {t('indicatorDashboards.pivot.title')}
            </Title>
            <Select size="xs" label={t('indicatorDashboards.pivot.rows')} data={options} value={rows} w={120} allowDeselect={false}
              onChange={(v) => v && onAxes(v as PivotDimension, v === columns ? rows : columns)} />
            <Select size="xs" label={t('indicatorDashboards.pivot.columns')} data={options} value={columns} w={120} allowDeselect={false}
              onChange={(v) => v && onAxes(v === rows ? columns : rows, v as PivotDimension)} />
            {pivot && (
              <Text size="sm" c="dimmed">
                {t('indicatorDashboards.pivot.fixed', { dimension: dimension(pivot.fixed.dimension), label: pivot.fixed.label })}
              </Text>
            )}
          </Group>
          {downloads}
        </Group>
        {!pivot || pivot.rowHeaders.length === 0 || pivot.columnHeaders.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('indicatorDashboards.pivot.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600} mah={520}>
            <Table striped withTableBorder withColumnBorders stickyHeader data-testid="pivot-table" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    {dimension(pivot.rows)} \ {dimension(pivot.columns)}
                  </Table.Th>
                  {pivot.columnHeaders.map((c) => (
                    <Table.Th key={c.key} ta="right" maw={180}>
                      {c.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pivot.rowHeaders.map((r, i) => (
                  <Table.Tr key={r.key} fw={r.key === 'VN' ? 700 : undefined}>
                    <Table.Td>{r.label}</Table.Td>
                    {pivot.columnHeaders.map((c, j) => {
                      const indicator = indicatorOf(r.key, c.key);
                      const cell = pivot.cells[i]?.[j];
                      return (
                        <Table.Td key={c.key} ta="right" fw={c.key === 'VN' ? 700 : undefined}>
                          {indicator && cell ? <FigureText figure={cell} indicator={indicator} size="sm" /> : '—'}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
