import { Anchor, Container, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useEffect } from 'react';
import { PageHeader } from '../../components/page-header';
import type { MessageId } from '../../lib/messages';
import { useT } from '../../lib/use-t';

/** The areas the help explains, each with where it lives in the app. */
const areas = [
  { key: 'training', to: '/training' },
  { key: 'awareness', to: '/training/questions' },
  { key: 'indicators', to: '/indicators' },
  { key: 'intake', to: '/intake' },
  { key: 'followUp', to: '/follow-up' },
  { key: 'accounts', to: '/admin/accounts' },
] as const;

const parts = ['purpose', 'how', 'who'] as const;

/**
 * /help: one short section per area — what it is for, how to work in it (imports included), and
 * who may do what (who approves). Each section has an anchor (`/help#indicators`), so a page can
 * link straight to its own part.
 */
export function HelpRoute() {
  const t = useT();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(`help-${hash.slice(1)}`)?.scrollIntoView();
  }, [hash]);
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('help.title')} description={t('help.description')} />
      <Stack gap="md">
        {areas.map(({ key, to }) => (
          <Paper key={key} withBorder p="lg" radius="md" id={`help-${key}`} component="section" aria-labelledby={`help-${key}-title`}>
            <Stack gap="xs">
              <Title order={2} fz="lg" id={`help-${key}-title`}>
                {t(`help.${key}.title` as MessageId)}
              </Title>
              <List spacing={6} size="sm">
                {parts.map((part) => (
                  <List.Item key={part}>
                    <Text span fw={600} size="sm">
                      {t(`help.part.${part}`)}:{' '}
                    </Text>
                    {t(`help.${key}.${part}` as MessageId)}
                  </List.Item>
                ))}
              </List>
              <Anchor component={Link} to={to} size="sm">
                {t('help.open')}
              </Anchor>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Container>
  );
}
