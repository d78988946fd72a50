import { Badge } from '@mantine/core';
import type { FollowupStatus } from '../../../../shared/api/followup';
import { useT } from '../../../lib/use-t';

export const statusColours: Record<FollowupStatus, string> = { not_started: 'gray', in_progress: 'blue', done: 'green', not_done: 'grape' };

/** Chưa thực hiện, đang thực hiện, đã hoàn thành, không thực hiện. */
export function StatusBadge({ status }: { status: FollowupStatus }) {
  const t = useT();
  return (
    <Badge variant="light" color={statusColours[status]} style={{ flexShrink: 0 }}>
      {t(`followup.status.${status}`)}
    </Badge>
  );
}
