import { Code, Text } from '@mantine/core';
import { roles } from '../../../../shared/auth/permissions';
import { organisationKinds } from '../../../../shared/api/organisations';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of an audit snapshot, written for a person: dates in vi-VN, roles and kinds by name. */
export function AuditValue({ field, value }: { field: string; value: unknown }) {
  const t = useT();
  if (value === undefined || value === null || value === '') {
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  }
  if (typeof value === 'boolean') return <>{t(value ? 'common.yes' : 'common.no')}</>;
  if (typeof value === 'string') {
    if (field === 'role' && (roles as readonly string[]).includes(value)) return <>{t(`roles.${value as (typeof roles)[number]}`)}</>;
    if (field === 'kind' && (organisationKinds as readonly string[]).includes(value)) {
      return <>{t(`organisations.kind.${value as (typeof organisationKinds)[number]}`)}</>;
    }
    if (isoInstant.test(value)) return <>{formatDateTime(value)}</>;
    return <>{value}</>;
  }
  if (typeof value === 'number') return <>{String(value)}</>;
  return (
    <Code block fz="xs">
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}
