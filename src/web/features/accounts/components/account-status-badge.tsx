import { Badge } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Account } from '../../../../shared/api/accounts';

/** Đang hoạt động / Đã khóa / Chờ đổi mật khẩu. */
export function AccountStatusBadge({ account, size = 'md' }: { account: Account; size?: 'md' | 'lg' }) {
  if (account.disabled) {
    return (
      <Badge color="gray" variant="light" size={size}>
        <FormattedMessage id="accounts.status.disabled" />
      </Badge>
    );
  }
  if (account.mustChangePassword) {
    return (
      <Badge color="yellow" variant="light" size={size}>
        <FormattedMessage id="accounts.status.pendingPassword" />
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light" size={size}>
      <FormattedMessage id="accounts.status.active" />
    </Badge>
  );
}
