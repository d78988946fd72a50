import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from './page-title';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type Crumb = { label: string; to: string };
type Props = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  crumbs?: Crumb[];
  /** The browser tab's title when `title` is not plain text. */
  documentTitle?: string;
};

/**
 * Title line of a page: where you are, what the page is for, and its main buttons. It also names
 * the browser tab ("Thống kê tập huấn · rights-desk"), so tabs, history and screen readers tell
 * pages apart.
 */
export function PageHeader({ title, description, actions, crumbs, documentTitle }: Props) {
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : null);
  usePageTitle(tabTitle ? `${tabTitle} · rights-desk` : null);
  return (
    <Stack gap={4} mb="lg">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumbs separator="›" fz="sm">
          {crumbs.map((c) => (
            <Anchor key={c.to} component={Link} to={c.to} size="sm">
              {c.label}
            </Anchor>
          ))}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
