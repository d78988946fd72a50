import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ConferenceListItem } from '../../../../../shared/api/conferences';
import { useT } from '../../../../lib/use-t';
import { formatDateRange } from '../conference-text';

/** The month's conferences as a list under the calendar, for phones where the cells are too narrow for titles. */
export function MonthAgenda({ items }: { items: ConferenceListItem[] }) {
  const t = useT();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('conferences.calendar.emptyMonth')}
      </Text>
    );
  }
  return (
    <List spacing="xs" size="sm" listStyleType="none">
      {items.map((c) => (
        <List.Item key={c.id}>
          <Text span size="sm" fw={600} mr={6}>
            {formatDateRange(c.date, c.endDate)}
          </Text>
          <Anchor component={Link} to={`/training/${c.id}`} size="sm">
            {c.title}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
