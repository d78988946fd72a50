import { Alert, Group, Text } from '@mantine/core';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { checkAttendance, type AttendanceLine } from './attendance';
import type { ConferenceFormValues } from './form-values';

/** The points' running totals against the conference's, red when the server would refuse them. */
export function AttendanceSummary({ values }: { values: ConferenceFormValues }) {
  const t = useT();
  const { planned, actual } = checkAttendance(values.connectionPoints, values);
  const exceeds = planned.exceeds || actual.exceeds;
  // The planned line only once some point has a planned figure: "0 / 150" would read as a mistake.
  const anyPlanned = values.connectionPoints.some((p) => p.plannedAttendance !== null);
  const line = (label: string, l: AttendanceLine) => (
    <Text size="sm" c={l.exceeds ? 'red.8' : undefined} fw={l.exceeds ? 700 : undefined}>
      {l.total === null
        ? t('conferences.points.sumOnly', { label, sum: formatNumber(l.sum) })
        : t('conferences.points.sumOf', { label, sum: formatNumber(l.sum), total: formatNumber(l.total) })}
    </Text>
  );
  return (
    <Alert color={exceeds ? 'red' : 'gray'} variant="light" p="sm" role={exceeds ? 'alert' : 'status'} aria-live="polite">
      <Group gap="lg">
        {anyPlanned && line(t('conferences.points.planned'), planned)}
        {line(t('conferences.points.actual'), actual)}
      </Group>
      {exceeds && (
        <Text size="sm" c="red.8" mt={4}>
          {t('conferences.points.exceeds')}
        </Text>
      )}
    </Alert>
  );
}
