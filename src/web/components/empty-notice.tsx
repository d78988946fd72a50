import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; description?: ReactNode; action?: ReactNode };

/** What a list says when it has nothing to show, in plain words, with the next step if there is one. */
export function EmptyNotice({ title, description, action }: Props) {
  return (
    <EmptyState title={title} description={description} py="xl" size="sm">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
