import { Badge, Checkbox, Stack, Table, Text } from '@mantine/core';
import type { DraftRow } from '../../../../shared/api/followup-transfer';
import { OrganisationSelect } from '../../../components/organisation-select/organisation-select';
import { formatDate } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

/** What the person changed in a row: bodies chosen for names the registry did not match. */
export type RowFix = { leadOrganisationId?: string | null; cooperating?: Record<string, string | null> };

type Props = {
  rows: DraftRow[];
  included: Set<number>;
  onInclude: (rowNumber: number, on: boolean) => void;
  fixes: Record<number, RowFix>;
  onFix: (rowNumber: number, fix: RowFix) => void;
  provinceCode: string | null;
};

/** Row errors still standing after the person's fixes (a chosen body answers "not found"). */
export function remainingErrors(row: DraftRow, fix: RowFix | undefined): DraftRow['errors'] {
  return row.errors.filter((e) => {
    if (e.field === 'leadOrganisationId') return !fix?.leadOrganisationId;
    if (e.field === 'cooperatingOrganisationIds') {
      const unmatched = row.cooperating.filter((c) => !c.organisationId);
      return unmatched.some((c) => !fix?.cooperating?.[c.name]);
    }
    return true;
  });
}

/** Every row as it will be saved, with its errors and warnings; the person ticks the rows to import and fixes bodies. */
export function PreviewTable({ rows, included, onInclude, fixes, onFix, provinceCode }: Props) {
  const t = useT();
  const isPlan = rows.some((r) => r.item.kind === 'plan');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" fz="sm" aria-label={t('followupTransfer.preview.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followupTransfer.preview.include')}</Table.Th>
            <Table.Th>{t('followupTransfer.preview.row')}</Table.Th>
            <Table.Th>{t('followupTransfer.preview.reference')}</Table.Th>
            <Table.Th>{t('followupTransfer.preview.text')}</Table.Th>
            <Table.Th>{isPlan ? t('followupTransfer.preview.bodies') : t('followupTransfer.preview.details')}</Table.Th>
            <Table.Th>{t('followupTransfer.preview.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const fix = fixes[row.rowNumber];
            const errors = remainingErrors(row, fix);
            const blocked = errors.length > 0 || row.duplicate;
            return (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('followupTransfer.preview.includeRow', { row: row.rowNumber })}
                    checked={included.has(row.rowNumber) && !blocked}
                    disabled={blocked}
                    onChange={(e) => onInclude(row.rowNumber, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td miw={120}>
                  <Text size="sm">{row.item.reference ?? row.item.paragraph ?? ''}</Text>
                  {row.item.uprPosition && (
                    <Badge size="sm" variant="light" color={row.item.uprPosition === 'accepted' ? 'teal' : 'gray'}>
                      {t(`followupTransfer.position.${row.item.uprPosition}`)}
                    </Badge>
                  )}
                  {row.item.treaty && <Badge size="sm" variant="light">{row.item.treaty}</Badge>}
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm">{row.item.text}</Text>
                </Table.Td>
                <Table.Td maw={320}>
                  {isPlan ? (
                    <Stack gap={4}>
                      {row.lead &&
                        (row.lead.organisationId ? (
                          <Text size="sm">{t('followupTransfer.preview.lead', { name: row.lead.organisationName ?? row.lead.name })}</Text>
                        ) : (
                          <OrganisationSelect
                            label={t('followupTransfer.preview.chooseLead', { name: row.lead.name })}
                            province={provinceCode}
                            value={fix?.leadOrganisationId ?? null}
                            onChange={(id) => onFix(row.rowNumber, { ...fix, leadOrganisationId: id })}
                          />
                        ))}
                      {row.cooperating.map((c) =>
                        c.organisationId ? (
                          <Text key={c.name} size="xs" c="dimmed">
                            {t('followupTransfer.preview.cooperating', { name: c.organisationName ?? c.name })}
                          </Text>
                        ) : (
                          <OrganisationSelect
                            key={c.name}
                            label={t('followupTransfer.preview.chooseCooperating', { name: c.name })}
                            province={provinceCode}
                            value={fix?.cooperating?.[c.name] ?? null}
                            onChange={(id) => onFix(row.rowNumber, { ...fix, cooperating: { ...fix?.cooperating, [c.name]: id } })}
                          />
                        ),
                      )}
                      <Text size="xs">
                        {t('followupTransfer.preview.due', { due: row.item.dueDate ? formatDate(row.item.dueDate) : (row.dueText ?? '—') })}
                      </Text>
                    </Stack>
                  ) : (
                    <Stack gap={2}>
                      {row.item.recommendingStates.length > 0 && <Text size="xs">{t('followupTransfer.preview.states', { states: row.item.recommendingStates.join(', ') })}</Text>}
                      {row.item.themes.length > 0 && <Text size="xs">{t('followupTransfer.preview.themes', { themes: row.item.themes.map((th) => t(`conferences.theme.${th}`)).join(', ') })}</Text>}
                      {row.item.sdgs.length > 0 && <Text size="xs">{t('followupTransfer.preview.sdgs', { sdgs: row.item.sdgs.join(', ') })}</Text>}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td maw={320}>
                  <Stack gap={2}>
                    {errors.map((e, i) => (
                      <Text key={i} size="xs" c="red">
                        {e.message}
                      </Text>
                    ))}
                    {row.warnings.map((w, i) => (
                      <Text key={`w${i}`} size="xs" c="dimmed">
                        {w}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
