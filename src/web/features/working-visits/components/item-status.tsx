import { Badge, Group } from '@mantine/core';
import type { VisitItem } from '../../../../shared/api/working-visits';
import { useT } from '../../../lib/use-t';

const colours: Record<VisitItem['status'], string> = { not_started: 'gray', in_progress: 'blue', done: 'green', not_done: 'grape' };

/** An item's status, with "quá hạn" or "sắp đến hạn" beside it when it applies (computed by the server). */
export function ItemStatus({ item }: { item: Pick<VisitItem, 'status' | 'overdue' | 'dueSoon'> }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={colours[item.status]} style={{ flexShrink: 0 }}>
        {t(`workingVisits.status.${item.status}`)}
      </Badge>
      {item.overdue && (
        <Badge variant="filled" color="red" style={{ flexShrink: 0 }}>
          {t('workingVisits.flag.overdue')}
        </Badge>
      )}
      {item.dueSoon && (
        <Badge variant="light" color="orange" style={{ flexShrink: 0 }}>
          {t('workingVisits.flag.dueSoon')}
        </Badge>
      )}
    </Group>
  );
}
