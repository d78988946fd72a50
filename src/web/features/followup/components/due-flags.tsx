import { Badge, Group } from '@mantine/core';
import { useT } from '../../../lib/use-t';

type Props = { overdue: boolean; dueSoon: boolean; sample?: boolean };

/** Red "Quá hạn", orange "Sắp đến hạn" (computed by the server from the due date), and "Dữ liệu mẫu" for demo items. */
export function DueFlags({ overdue, dueSoon, sample }: Props) {
  const t = useT();
  if (!overdue && !dueSoon && !sample) return null;
  return (
    <Group gap={4} wrap="wrap">
      {overdue && (
        <Badge color="red" variant="filled" size="sm">
          {t('followup.flag.overdue')}
        </Badge>
      )}
      {!overdue && dueSoon && (
        // Light, not filled: white on the orange is 4,3:1, below the 4,5:1 small text needs.
        <Badge color="orange" variant="light" size="sm">
          {t('followup.flag.dueSoon')}
        </Badge>
      )}
      {sample && (
        <Badge color="gray" variant="dot" size="sm">
          {t('followup.flag.sample')}
        </Badge>
      )}
    </Group>
  );
}
