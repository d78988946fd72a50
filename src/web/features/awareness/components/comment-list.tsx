import { List, Text } from '@mantine/core';
import type { SurveyComment } from '../../../../shared/api/awareness';
import { formatDateTime } from '../../../lib/format';

/**
 * Survey comments, each with when it was sent and, when its code was printed for a point,
 * which point. Nothing more: the comments are anonymous.
 */
export function CommentList({ comments }: { comments: SurveyComment[] }) {
  return (
    <List spacing="sm" size="sm" listStyleType="none" data-testid="awareness-comments">
      {comments.map((c, i) => (
        <List.Item key={`${c.at}-${i}`}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {c.text}
          </Text>
          <Text size="xs" c="dimmed">
            {[formatDateTime(c.at), c.connectionPointName].filter(Boolean).join(' · ')}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
