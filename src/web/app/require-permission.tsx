import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Permission } from '../../shared/auth/permissions';
import { EmptyNotice } from '../components/empty-notice';
import { useCan } from '../lib/current-user';

/** A page for some roles only. The server refuses anyway; this just says so plainly. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const intl = useIntl();
  if (!useCan(permission)) {
    return (
      <Container size="sm" py="xl">
        <EmptyNotice
          title={intl.formatMessage({ id: 'errors.FORBIDDEN.title' })}
          description={intl.formatMessage({ id: 'errors.FORBIDDEN.hint' })}
        />
      </Container>
    );
  }
  return children;
}
