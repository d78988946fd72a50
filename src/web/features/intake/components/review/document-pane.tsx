import { Paper, Text, Title } from '@mantine/core';
import { forwardRef } from 'react';
import { useT } from '../../../../lib/use-t';
import { DocumentText } from './document-text';
import type { Mark } from './segment-text';

type Props = { text: string | null; marks: Mark[] };

/**
 * The left pane: the document with its evidence marked. On a wide screen it stays in view and
 * scrolls on its own beside the fields; on a narrow one it sits above them.
 */
export const DocumentPane = forwardRef<HTMLDivElement, Props>(function DocumentPane({ text, marks }, ref) {
  const t = useT();
  return (
    <Paper ref={ref} withBorder radius="md" p="md" className="intake-document-pane" aria-label={t('intake.review.documentLabel')} component="section">
      <Title order={3} fz="md" mb="xs">
        {t('intake.review.document')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('intake.review.documentHint')}
      </Text>
      {text ? <DocumentText text={text} marks={marks} /> : <Text c="dimmed">{t('intake.review.noText')}</Text>}
    </Paper>
  );
});
