import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IndicatorValue } from '../../../../../shared/api/indicator-reports';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const shortQuote = (q: string) => (q.length > 90 ? `${q.slice(0, 88)}…` : q);

/**
 * Where a value came from, under its indicator's name: the article or report intake read it
 * from (a link to the document, with the quoted words), or the file an import wrote it from.
 * Typed values have no source and show nothing.
 */
export function ValueSource({ source }: { source: IndicatorValue['source'] }) {
  const t = useT();
  if (!source) return null;
  const quote = text(source.quote);
  const documentId = text(source.documentId);
  if ((source.kind === 'intake' || source.kind === 'intake-report') && documentId) {
    const to = source.kind === 'intake' ? `/intake/${documentId}` : `/intake/reports/${documentId}`;
    return (
      <Text size="xs" c="dimmed" fw={400} mt={2}>
        <Anchor component={Link} to={to} size="xs">
          {t(source.kind === 'intake' ? 'indicatorReports.source.article' : 'indicatorReports.source.report')}
        </Anchor>
        {quote && <> — “{shortQuote(quote)}”</>}
      </Text>
    );
  }
  if (source.kind === 'import') {
    return (
      <Text size="xs" c="dimmed" fw={400} mt={2}>
        {t('indicatorReports.source.file', { file: text(source.fileName) ?? '—', date: formatDate(text(source.at)) })}
      </Text>
    );
  }
  if (source.kind === 'demo') return <Text size="xs" c="dimmed" fw={400} mt={2}>{t('indicatorReports.source.demo')}</Text>;
  return null;
}
