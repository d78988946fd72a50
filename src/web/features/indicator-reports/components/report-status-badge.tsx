import { Badge } from '@mantine/core';
import type { ReportStatus } from '../../../../shared/api/indicator-reports';
import { useT } from '../../../lib/use-t';

const colors: Record<ReportStatus | 'missing', string> = { draft: 'gray', submitted: 'blue', returned: 'orange', approved: 'teal', missing: 'red' };

/** Đang soạn / Đã nộp / Bị trả lại / Đã phê duyệt (/ Chưa nộp on the completeness view). */
export function ReportStatusBadge({ status }: { status: ReportStatus | 'missing' }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`indicatorReports.status.${status}`)}
    </Badge>
  );
}
