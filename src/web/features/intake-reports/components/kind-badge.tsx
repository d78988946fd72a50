import { Badge } from '@mantine/core';
import type { IntakeReportKind } from '../../../../shared/api/intake-reports';
import { useT } from '../../../lib/use-t';

const colors: Record<IntakeReportKind, string> = { provincial_report: 'teal', recommendation_list: 'grape', article: 'orange', unknown: 'gray' };

/** What the document was recognised as. */
export function KindBadge({ kind }: { kind: IntakeReportKind }) {
  const t = useT();
  return (
    <Badge variant="light" color={colors[kind]}>
      {t(`intakeReports.kind.${kind}`)}
    </Badge>
  );
}
