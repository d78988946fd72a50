import { Alert, Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { IndicatorImportResult } from '../../../../shared/api/indicator-transfer';
import { ApiError } from '../../../lib/api-client';
import { ProblemAlert } from '../../../components/problem-alert';

/** `row 12, column E` → [12, 'E']: the server names every problem's cell this way. */
const cellOf = (path: string) => /^row (\d+), column ([A-Z]+)$/u.exec(path);

/** What an import did: the reports it wrote into, with links, or every problem as a table of cells. */
export function ImportOutcome({ result, error }: { result?: IndicatorImportResult; error?: unknown }) {
  if (error) {
    const errors = error instanceof ApiError ? ((error.problem as { errors?: { path: string; message: string }[] }).errors ?? []) : [];
    const cells = errors.filter((e) => cellOf(e.path));
    if (cells.length === 0) return <ProblemAlert error={error} />;
    return (
      <Alert color="red" title={<FormattedMessage id="indicatorTransfer.errors.title" />}>
        <Text size="sm" mb="sm">{(error as ApiError).problem.detail}</Text>
        <Table striped withTableBorder data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th><FormattedMessage id="indicatorTransfer.errors.row" /></Table.Th>
              <Table.Th><FormattedMessage id="indicatorTransfer.errors.column" /></Table.Th>
              <Table.Th><FormattedMessage id="indicatorTransfer.errors.message" /></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((e, i) => {
              const [, row, column] = cellOf(e.path)!;
              return (
                <Table.Tr key={i}>
                  <Table.Td>{row}</Table.Td>
                  <Table.Td>{column}</Table.Td>
                  <Table.Td>{e.message.replace(/^Dòng \d+, cột [A-Z]+ /u, '')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Alert>
    );
  }
  if (!result) return null;
  return (
    <Alert color="green" data-testid="import-result" title={<FormattedMessage id="indicatorTransfer.result.done" values={{ values: result.values, reports: result.reports.length }} />}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="indicatorTransfer.result.unit" /></Table.Th>
            <Table.Th><FormattedMessage id="indicatorTransfer.result.period" /></Table.Th>
            <Table.Th><FormattedMessage id="indicatorTransfer.result.values" /></Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.reports.slice(0, 200).map((r) => (
            <Table.Tr key={r.reportId}>
              <Table.Td>{r.unitName}{r.created ? <Text span size="xs" c="dimmed"> · <FormattedMessage id="indicatorTransfer.result.created" /></Text> : null}</Table.Td>
              <Table.Td>{r.period}</Table.Td>
              <Table.Td>{r.values.toLocaleString('vi-VN')}</Table.Td>
              <Table.Td><Anchor component={Link} to={`/indicators/reports/${r.reportId}`}><FormattedMessage id="indicatorTransfer.result.open" /></Anchor></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
