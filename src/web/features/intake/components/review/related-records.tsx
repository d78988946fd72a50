import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IntakeDocument } from '../../../../../shared/api/intake';
import { ConfirmButton } from '../../../../components/confirm-button';
import { formatDate, formatPercent } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { IntakeStatusBadge } from '../queue/intake-status-badge';

/** Other queued documents about the same event, to review together or drop. */
export function DuplicatesAlert({ duplicates }: { duplicates: IntakeDocument['duplicates'] }) {
  const t = useT();
  if (!duplicates.length) return null;
  return (
    <Alert color="orange" variant="light" title={t('intake.review.duplicatesTitle')}>
      <Text size="sm" mb={4}>
        {t('intake.review.duplicatesHint')}
      </Text>
      <List size="sm" spacing={4}>
        {duplicates.map((d) => (
          <List.Item key={d.id}>
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/intake/${d.id}`} size="sm">
                {d.fileName}
              </Anchor>
              <IntakeStatusBadge status={d.status} />
              <Text span size="xs" c="dimmed">
                {t('intake.review.similarity', { score: formatPercent(d.score * 100, { maximumFractionDigits: 0 }) })}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

type MatchedProps = {
  matched: NonNullable<IntakeDocument['matchedConference']>;
  canAttach: boolean;
  attaching: boolean;
  onAttach: () => void;
};

/**
 * The conference this document seems to describe. Rather than a second record of the same event,
 * the document can be added to it as a source, filling only the fields it leaves empty.
 */
export function MatchedConferenceAlert({ matched, canAttach, attaching, onAttach }: MatchedProps) {
  const t = useT();
  return (
    <Alert color="grape" variant="light" title={t('intake.review.matchedTitle')}>
      <Text size="sm">
        <Anchor component={Link} to={`/training/${matched.id}`} size="sm" fw={600}>
          {matched.title}
        </Anchor>
        {matched.date && ` (${formatDate(matched.date)})`}
      </Text>
      <Text size="sm" mt={4}>
        {t('intake.review.attachHint')}
      </Text>
      {canAttach && (
        <Group mt="sm">
          <ConfirmButton
            title={t('intake.review.attach')}
            message={t('intake.review.attachConfirm', { title: matched.title })}
            confirmLabel={t('intake.review.attachAction')}
            color="grape"
            variant="filled"
            loading={attaching}
            onConfirm={onAttach}
          >
            {t('intake.review.attach')}
          </ConfirmButton>
        </Group>
      )}
    </Alert>
  );
}
