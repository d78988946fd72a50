import { Anchor, Box, Container, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../../components/page-title';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../lib/use-t';

/** The public pages' frame: no app shell, no account, one readable column that fits a phone. */
export function PublicLayout({ title, subtitle, children, back }: { title: string; subtitle?: string; children: ReactNode; back?: boolean }) {
  const t = useT();
  usePageTitle(`${title} · ${t('transparency.public.siteName')}`);
  return (
    <Box bg="gray.0" mih="100vh" py="lg">
      <Container size="md" px="sm">
        <Stack gap="lg">
          <Stack gap={4} component="header">
            <Text size="sm" c="dimmed" fw={600} tt="uppercase">
              {t('transparency.public.siteName')}
            </Text>
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle && <Text c="dimmed">{subtitle}</Text>}
            {back && (
              <Anchor component={Link} to="/public" size="sm">
                {t('transparency.public.back')}
              </Anchor>
            )}
          </Stack>
          {children}
          <Text size="xs" c="dimmed" component="footer">
            {t('transparency.public.footer')}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
