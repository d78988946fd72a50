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
        <Badge color="orange" variant="filled" size="sm">
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
