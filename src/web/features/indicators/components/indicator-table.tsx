import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { Indicator } from '../../../../shared/api/indicators';
import { useT } from '../../../lib/use-t';

type Props = { items: Indicator[]; onEdit?: (indicator: Indicator) => void };

/** The catalogue's rows, under a heading per rights domain (the list is ordered by domain). */
export function IndicatorTable({ items, onEdit }: Props) {
  const t = useT();
  const rows = items.flatMap((i, index) => {
    const heading =
      index === 0 || items[index - 1]!.domain !== i.domain ? (
        <Table.Tr key={`domain-${i.domain}`}>
          <Table.Th colSpan={onEdit ? 8 : 7} bg="gray.0">
            {t(`indicators.domain.${i.domain}`)}
          </Table.Th>
        </Table.Tr>
      ) : null;
    const row = (
      <Table.Tr key={i.code} data-code={i.code}>
        <Table.Td ff="monospace" fz="sm">
          {i.code}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{i.nameVi}</Text>
          {i.sdgTarget && (
            <Badge size="xs" variant="light" color="teal">
              {i.sdgTarget}
            </Badge>
          )}
        </Table.Td>
        <Table.Td>{i.unit}</Table.Td>
        <Table.Td>{t(`indicators.valueType.${i.valueType}`)}</Table.Td>
        <Table.Td>{t(`indicators.aggregation.${i.aggregation}`)}</Table.Td>
        <Table.Td>{i.disaggregations.length ? i.disaggregations.map((d) => t(`indicators.disaggregation.${d}`)).join(', ') : '—'}</Table.Td>
        <Table.Td>
          <Badge variant="light" color={i.active ? 'green' : 'gray'} tt="none" fw={500}>
            {t(i.active ? 'indicators.active' : 'indicators.inactive')}
          </Badge>
        </Table.Td>
        {onEdit && (
          <Table.Td>
            <Group gap={4}>
              <Button size="xs" variant="subtle" onClick={() => onEdit(i)} aria-label={`${t('indicators.edit')} ${i.code}`}>
                {t('indicators.edit')}
              </Button>
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
    );
    return heading ? [heading, row] : [row];
  });
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped={false} highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators.column.code')}</Table.Th>
            <Table.Th>{t('indicators.column.name')}</Table.Th>
            <Table.Th>{t('indicators.column.unit')}</Table.Th>
            <Table.Th>{t('indicators.column.valueType')}</Table.Th>
            <Table.Th>{t('indicators.column.aggregation')}</Table.Th>
            <Table.Th>{t('indicators.column.disaggregations')}</Table.Th>
            <Table.Th>{t('indicators.column.active')}</Table.Th>
            {onEdit && <Table.Th>{t('indicators.column.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
