import { ActionIcon, Alert, Anchor, Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ConferenceListItem } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { RowIcon } from '../form/row-icons';
import { MonthAgenda } from './month-agenda';
import { isOnDay, monthGrid, shiftMonth, todayInVietnam } from './month-grid';
import './conferences-calendar.css';

type Props = {
  year: number;
  month: number;
  items: ConferenceListItem[];
  total: number;
  onMonth: (year: number, month: number) => void;
};

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const statusColor = { planned: 'blue', held: 'teal', cancelled: 'gray' } as const;

/**
 * A month on a wall calendar, weeks from Monday, each conference on its days. On a phone the
 * cells only count the conferences and the month's list follows beneath.
 */
export function ConferencesCalendar({ year, month, items, total, onMonth }: Props) {
  const t = useT();
  const today = todayInVietnam();
  // Strings, not numbers: ICU would group the year as "2.024".
  const title = t('conferences.calendar.title', { month: String(month), year: String(year) });
  const go = (by: 1 | -1) => {
    const next = shiftMonth(year, month, by);
    onMonth(next.year, next.month);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" onClick={() => go(-1)} aria-label={t('conferences.calendar.previous')}>
            <Box style={{ transform: 'rotate(-90deg)', display: 'flex' }}>
              <RowIcon name="up" />
            </Box>
          </ActionIcon>
          <Title order={3} fz="lg" miw={140} ta="center" aria-live="polite">
            {title}
          </Title>
          <ActionIcon variant="default" size="lg" onClick={() => go(1)} aria-label={t('conferences.calendar.next')}>
            <Box style={{ transform: 'rotate(90deg)', display: 'flex' }}>
              <RowIcon name="up" />
            </Box>
          </ActionIcon>
        </Group>
        <Button variant="subtle" size="xs" onClick={() => onMonth(Number(today.slice(0, 4)), Number(today.slice(5, 7)))}>
          {t('conferences.calendar.today')}
        </Button>
      </Group>
      {total > items.length && (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="sm">{t('conferences.calendar.tooMany', { shown: formatNumber(items.length), total: formatNumber(total) })}</Text>
        </Alert>
      )}
      <div className="conference-calendar-grid" role="grid" aria-label={title}>
        <div role="row" className="conference-calendar-row">
          {weekdays.map((d) => (
            <div key={d} role="columnheader" className="conference-calendar-weekday">
              {t(`conferences.calendar.weekday.${d}`)}
            </div>
          ))}
        </div>
        {monthGrid(year, month).map((week) => (
          <div key={week[0]!.date} role="row" className="conference-calendar-row">
            {week.map((day) => {
              const onDay = items.filter((c) => isOnDay(day.date, c.date, c.endDate));
              return (
                <div
                  key={day.date}
                  role="gridcell"
                  className="conference-calendar-cell"
                  data-outside={!day.inMonth || undefined}
                  data-today={day.date === today || undefined}
                >
                  <span className="conference-calendar-day">{day.day}</span>
                  {onDay.length > 0 && (
                    <Badge className="conference-calendar-count" size="xs" variant="filled" hiddenFrom="sm">
                      {onDay.length}
                    </Badge>
                  )}
                  <Stack gap={2} visibleFrom="sm">
                    {onDay.map((c) => (
                      <Anchor key={c.id} component={Link} to={`/training/${c.id}`} className="conference-calendar-event" data-color={statusColor[c.status]} title={c.title}>
                        <strong>{c.provinceName ?? t('common.national')}</strong>
                        {` · ${c.title}`}
                      </Anchor>
                    ))}
                  </Stack>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {items.length === 0 ? (
        <MonthAgenda items={items} />
      ) : (
        <Box hiddenFrom="sm">
          <MonthAgenda items={items} />
        </Box>
      )}
    </Stack>
  );
}
