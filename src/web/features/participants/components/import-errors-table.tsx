import { Table } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { fieldLabelId, type RowIssue } from './import-labels';

/** Every problem of a refused file, by row as Excel numbers it: "Dòng 5 · Họ và tên · Họ và tên trống." */
export function ImportErrorsTable({ issues }: { issues: RowIssue[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={480} mah={360}>
      <Table striped verticalSpacing={4} fz="sm" aria-label={t('participants.import.errorsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('participants.import.row')}</Table.Th>
            <Table.Th w={170}>{t('participants.import.field')}</Table.Th>
            <Table.Th>{t('participants.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => (
            <Table.Tr key={i}>
              <Table.Td>{issue.row === null ? t('participants.import.mappingRow') : t('participants.import.rowNumber', { row: formatNumber(issue.row) })}</Table.Td>
              <Table.Td>{issue.field ? t(fieldLabelId[issue.field]) : ''}</Table.Td>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
