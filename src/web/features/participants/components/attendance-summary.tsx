import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useAttendance } from '../api/get-attendance';

/**
 * "3.100 đại biểu tại 114 điểm cầu", then each point: its roster, who checked in, the headcount
 * it reported and the number counted (the larger of the two; nobody is counted twice).
 */
export function AttendanceSummary({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const query = useAttendance(conferenceId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;
  const count = (n: number | null) => (n === null ? '–' : formatNumber(n));

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={4} fz="md">
          {a.pointsCount > 0
            ? t('participants.attendance.totalAtPoints', { people: formatNumber(a.total), points: formatNumber(a.pointsCount), count: a.pointsCount })
            : t('participants.attendance.total', { people: formatNumber(a.total), count: a.total })}
        </Title>
        <Text size="xs" c="dimmed">
          {t('participants.attendance.rule')}
        </Text>
        {a.byPoint.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing={4} fz="sm" aria-label={t('participants.attendance.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('participants.field.connectionPoint')}</Table.Th>
                  <Table.Th ta="right">{t('participants.attendance.roster')}</Table.Th>
                  <Table.Th ta="right">{t('participants.attendance.checkedIn')}</Table.Th>
                  <Table.Th ta="right">{t('participants.attendance.headcount')}</Table.Th>
                  <Table.Th ta="right">{t('participants.attendance.counted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.byPoint.map((p) => (
                  <Table.Tr key={p.connectionPointId ?? 'none'}>
                    <Table.Td>
                      {p.name ?? t('participants.point.none')}{' '}
                      {p.pointCount > 1 && (
                        <Badge size="xs" variant="outline" ml={4}>
                          {t('conferences.points.group', { points: formatNumber(p.pointCount), count: p.pointCount })}
                        </Badge>
                      )}
                      {p.hasInternet === false && (
                        <Badge size="xs" variant="light" color="gray" ml={4}>
                          {t('participants.point.offline')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{count(p.rosterCount)}</Table.Td>
                    <Table.Td ta="right">{count(p.checkedIn)}</Table.Td>
                    <Table.Td ta="right">{count(p.headcount)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {count(p.counted)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Td>{t('participants.attendance.sum')}</Table.Td>
                  <Table.Td ta="right">{count(a.rosterTotal)}</Table.Td>
                  <Table.Td ta="right">{count(a.checkedInTotal)}</Table.Td>
                  <Table.Td />
                  <Table.Td ta="right">{count(a.total)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
