import { Badge, Table, Text } from '@mantine/core';
import { ConnectionPointsStack } from './connection-points-stack';
import type { Conference } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { totalLine } from './points-total-line';
import { DetailSection } from './detail-section';

/** Điểm cầu: each point with its attendance, and the total line a report quotes ("3.100 đại biểu tại 114 điểm cầu"). */
export function ConnectionPointsTable({ conference: c }: { conference: Conference }) {
  const t = useT();
  const points = c.connectionPoints;
  const anyPlanned = points.some((p) => p.plannedAttendance !== null);
  const planned = points.reduce((acc, p) => acc + (p.plannedAttendance ?? 0), 0);
  const count = (n: number | null) => (n === null ? '' : formatNumber(n));

  return (
    <DetailSection title={t('conferences.section.points')}>
      <ConnectionPointsStack conference={c} />
      <Table.ScrollContainer minWidth={760} visibleFrom="sm">
        <Table striped verticalSpacing="xs" fz="sm" aria-label={t('conferences.section.points')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t('conferences.column.number')}</Table.Th>
              <Table.Th miw={200}>{t('conferences.points.name')}</Table.Th>
              <Table.Th w={170}>{t('conferences.points.level')}</Table.Th>
              <Table.Th w={220}>{t('conferences.points.host')}</Table.Th>
              <Table.Th w={90} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('conferences.points.plannedAttendance')}
              </Table.Th>
              <Table.Th w={90} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('conferences.points.actualAttendance')}
              </Table.Th>
              <Table.Th w={80}>{t('conferences.points.internet')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((p, i) => (
              <Table.Tr key={p.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {p.name}{' '}
                  {p.pointCount > 1 && (
                    <Badge size="xs" variant="outline" ml={4}>
                      {t('conferences.points.group', { points: formatNumber(p.pointCount), count: p.pointCount })}
                    </Badge>
                  )}
                  {p.isMain && (
                    <Badge size="xs" variant="light" ml={4}>
                      {t('conferences.points.main')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`conferences.pointLevel.${p.level}`)}</Table.Td>
                <Table.Td>{p.hostOrganisationName ?? ''}</Table.Td>
                <Table.Td ta="right">{count(p.plannedAttendance)}</Table.Td>
                <Table.Td ta="right">{count(p.actualAttendance)}</Table.Td>
                <Table.Td>{t(p.hasInternet ? 'common.yes' : 'common.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td />
              <Table.Td colSpan={3}>{totalLine(t, c)}</Table.Td>
              <Table.Td ta="right">{anyPlanned ? formatNumber(planned) : ''}</Table.Td>
              <Table.Td ta="right">{points.some((p) => p.actualAttendance !== null) ? formatNumber(c.connectionPointsAttendance) : ''}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {c.participantsActual !== null && c.connectionPointsAttendance !== c.participantsActual && (
        <Text size="xs" c="dimmed">
          {t('conferences.points.totalVsConference', { total: formatNumber(c.participantsActual) })}
        </Text>
      )}
    </DetailSection>
  );
}
