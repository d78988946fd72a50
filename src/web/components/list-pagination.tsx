import { Group, Pagination, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { formatNumber } from '../lib/format';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  /** The server stopped counting at `total` (a search matching more than it counts). */
  totalIsLowerBound?: boolean;
  onChange: (page: number) => void;
};

/** "Hiển thị 1–20 trên 34" (or "trên hơn 1.000", asking for a narrower search) and the page buttons; the buttons hide when everything fits on one page. */
export function ListPagination({ page, pageSize, total, totalIsLowerBound = false, onChange }: Props) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed">
        <FormattedMessage
          id={totalIsLowerBound ? 'common.pagination.rangeAtLeast' : 'common.pagination.range'}
          values={{ from: formatNumber(from), to: formatNumber(to), total: formatNumber(total), count: total }}
        />
      </Text>
      {pages > 1 && <Pagination value={page} total={pages} onChange={onChange} size="sm" />}
    </Group>
  );
}
