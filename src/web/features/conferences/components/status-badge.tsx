import { Badge } from '@mantine/core';
import { useT } from '../../../lib/use-t';
import type { ConferenceStatus } from './form/form-values';

const colors: Record<ConferenceStatus, string> = { planned: 'blue', held: 'teal', cancelled: 'gray' };

/** Dự kiến / Đã tổ chức / Đã hủy. */
export function StatusBadge({ status, size = 'md' }: { status: ConferenceStatus; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light" size={size}>
      {t(`conferences.status.${status}`)}
    </Badge>
  );
}
