import { Badge } from '@mantine/core';
import type { IntakeStatus } from '../../../../../shared/api/intake';
import { useT } from '../../../../lib/use-t';

const colors: Record<IntakeStatus, string> = { ready: 'blue', confirmed: 'teal', dropped: 'gray' };

/** Chờ duyệt / Đã xác nhận / Đã bỏ qua. */
export function IntakeStatusBadge({ status, size = 'sm' }: { status: IntakeStatus; size?: 'sm' | 'md' }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light" size={size}>
      {t(`intake.status.${status}`)}
    </Badge>
  );
}
