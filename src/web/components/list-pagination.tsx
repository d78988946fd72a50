import { Group, Pagination, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { formatNumber } from '../lib/format';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

/** "Hiển thị 1–20 trên 34" and the page buttons; the buttons hide when everything fits on one page. */
export function ListPagination({ page, pageSize, total, onChange }: Props) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed">
        <FormattedMessage
          id="common.pagination.range"
          values={{ from: formatNumber(from), to: formatNumber(to), total: formatNumber(total), count: total }}
        />
      </Text>
      {pages > 1 && <Pagination value={page} total={pages} onChange={onChange} size="sm" />}
    </Group>
  );
}
