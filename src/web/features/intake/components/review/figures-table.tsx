import { Anchor, Badge, Checkbox, Table, Text, Tooltip } from '@mantine/core';
import type { Evidence, ExtractedIndicator } from '../../../../../shared/intake/extraction';
import { formatNumber, formatPercent } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { ConfidenceNote } from './confidence-badge';
import { doubtOf, orderByConfidence } from './confidence-order';
import { recomputedPercent } from './figures';

type Props = {
  indicators: ExtractedIndicator[];
  evidence: Record<string, Evidence>;
  accepted: ReadonlySet<number>;
  onToggle: (index: number, accepted: boolean) => void;
  onShow: (index: number) => void;
};

const nowrap = { whiteSpace: 'nowrap' } as const;
const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n));
const pct = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatPercent(n));

/**
 * Số liệu báo cáo: the figures the document reports, to keep with the conference. A reported
 * percentage that does not match value ÷ target is flagged in red and left unticked. Uncertain
 * figures come first, with their confidence and doubts under the label.
 */
export function FiguresTable({ indicators, evidence, accepted, onToggle, onShow }: Props) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} fz="sm" striped aria-label={t('intake.figures.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label={t('intake.figures.all')}
                checked={indicators.length > 0 && accepted.size === indicators.length}
                indeterminate={accepted.size > 0 && accepted.size < indicators.length}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  indicators.forEach((_, i) => onToggle(i, on));
                }}
              />
            </Table.Th>
            <Table.Th>{t('intake.figures.label')}</Table.Th>
            <Table.Th ta="right">{t('intake.figures.value')}</Table.Th>
            <Table.Th ta="right">{t('intake.figures.target')}</Table.Th>
            <Table.Th ta="right">{t('intake.figures.reported')}</Table.Th>
            <Table.Th ta="right">{t('intake.figures.recomputed')}</Table.Th>
            <Table.Th>{t('intake.figures.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orderByConfidence(indicators.map((x, i) => ({ x, i })), ({ i }) => doubtOf(`indicators[${i}].value`, evidence)).map(({ x, i }) => (
            <Table.Tr key={i} data-confidence={doubtOf(`indicators[${i}].value`, evidence).confidence ?? undefined}>
              <Table.Td>
                <Checkbox aria-label={t('intake.figures.keep', { label: x.label })} checked={accepted.has(i)} onChange={(e) => onToggle(i, e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>
                <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onShow(i)}>
                  {x.label}
                </Anchor>
                {x.inconsistency && (
                  <Tooltip label={x.inconsistency} multiline w={280} withinPortal>
                    <Badge color="red" variant="filled" size="xs" ml={6}>
                      {t('intake.figures.inconsistent')}
                    </Badge>
                  </Tooltip>
                )}
                <ConfidenceNote doubt={doubtOf(`indicators[${i}].value`, evidence)} />
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {[num(x.value), x.unit].filter(Boolean).join(' ')}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {num(x.target)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                <Text span size="sm" c={x.inconsistency ? 'red.8' : undefined} fw={x.inconsistency ? 600 : undefined}>
                  {pct(x.percent_of_target)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {pct(recomputedPercent(x))}
              </Table.Td>
              <Table.Td>{x.period ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
