import { Badge, Checkbox, Select, Table, Text, TextInput } from '@mantine/core';
import type { IntakeReport, ProposedFigure } from '../../../../shared/api/intake-reports';
import { formatViNumber, parseViNumber } from '../../../../shared/text/index';
import { useT } from '../../../lib/use-t';

/** A figure as the reviewer leaves it: ticked or not, its indicator, value and target as typed (vi-VN). */
export type FigureChoice = { ticked: boolean; indicatorCode: string | null; value: string; target: string };

export const initialFigureChoice = (f: ProposedFigure): FigureChoice => ({
  ticked: Boolean(f.indicatorCode) && !f.warning,
  indicatorCode: f.indicatorCode,
  value: formatViNumber(f.value, { maximumFractionDigits: 4 }),
  target: f.target === null ? '' : formatViNumber(f.target, { maximumFractionDigits: 4 }),
});

/** The number a reviewer typed, read the Vietnamese way ("7.215", "96,4"); null when it is not one. */
export const typedNumber = (text: string) => (text.trim() === '' ? null : parseViNumber(text.replace(/\s/gu, '')));

type Props = {
  figures: ProposedFigure[];
  indicators: NonNullable<IntakeReport['target']>['indicators'];
  choices: Record<string, FigureChoice>;
  onChange: (key: string, choice: FigureChoice) => void;
  disabled: boolean;
};

/**
 * The figures proposed from the report, uncertain ones flagged: each with where it was read (the
 * sentence, or the table's cell), the indicator of the form it is proposed as, and its value and
 * target, all editable before saving.
 */
export function FiguresReview({ figures, indicators, choices, onChange, disabled }: Props) {
  const t = useT();
  const options = indicators.map((i) => ({ value: i.code, label: `${i.code} · ${i.nameVi} (${i.unit})` }));
  return (
    <Table verticalSpacing="xs" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40} />
          <Table.Th>{t('intakeReports.figures.evidence')}</Table.Th>
          <Table.Th w={300}>{t('intakeReports.figures.indicator')}</Table.Th>
          <Table.Th w={120}>{t('intakeReports.figures.value')}</Table.Th>
          <Table.Th w={120}>{t('intakeReports.figures.target')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figures.map((f) => {
          const c = choices[f.key]!;
          const set = (patch: Partial<FigureChoice>) => onChange(f.key, { ...c, ...patch });
          const badValue = c.value.trim() !== '' && typedNumber(c.value) === null;
          return (
            <Table.Tr key={f.key} data-testid={`figure-${f.key}`}>
              <Table.Td>
                <Checkbox aria-label={t('intakeReports.figures.tick', { label: f.label })} checked={c.ticked} disabled={disabled} onChange={(e) => set({ ticked: e.currentTarget.checked })} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {f.label}
                </Text>
                <Text size="xs" c="dimmed">
                  <Badge size="xs" variant="outline" mr={6}>
                    {f.evidence.kind === 'table' ? t('intakeReports.figures.cell', { table: f.evidence.table, row: f.evidence.row, column: f.evidence.column }) : t('intakeReports.figures.sentence')}
                  </Badge>
                  “{f.evidence.quote}”
                </Text>
                {f.warning && (
                  <Text size="xs" c="orange.8" mt={4}>
                    {f.warning}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('intakeReports.figures.indicator')}
                  data={options}
                  value={c.indicatorCode}
                  onChange={(v) => set({ indicatorCode: v, ticked: v ? c.ticked : false })}
                  searchable
                  clearable
                  disabled={disabled}
                  placeholder={t('intakeReports.figures.choose')}
                  size="xs"
                />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('intakeReports.figures.value')} size="xs" value={c.value} disabled={disabled} error={badValue ? t('intakeReports.figures.notNumber') : undefined} onChange={(e) => set({ value: e.currentTarget.value })} />
                {f.unit && (
                  <Text size="xs" c="dimmed">
                    {f.unit}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('intakeReports.figures.target')} size="xs" value={c.target} disabled={disabled} onChange={(e) => set({ target: e.currentTarget.value })} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
