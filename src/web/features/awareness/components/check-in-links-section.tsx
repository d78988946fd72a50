import { Anchor, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';
import { useCheckInLinks, useIssueCheckInLink } from '../api/check-in-links';
import { QrImage } from './qr-image';
import { Section } from './section';

/**
 * Each connection point's own QR check-in: show it on the point's screen or print it at the
 * door. Issuing again replaces the link, so a QR that went round outside the hall stops working.
 */
export function CheckInLinksSection({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const links = useCheckInLinks(conferenceId, true);
  const issue = useIssueCheckInLink(conferenceId);
  return (
    <Section id="awareness-check-in" title={t('awareness.checkIn.title')} description={t('awareness.checkIn.description')}>
      {links.isPending ? (
        <PageLoader />
      ) : links.error ? (
        <ProblemAlert error={links.error} onRetry={() => void links.refetch()} />
      ) : links.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('awareness.checkIn.noPoints')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {links.data.items.map((p) => {
            const url = p.token ? `${window.location.origin}/d/${p.token}` : null;
            return (
              <Card key={p.connectionPointId} withBorder padding="md">
                <Stack gap="xs" align="center">
                  <Text fw={600} ta="center">
                    {p.name}
                  </Text>
                  {url && (
                    <>
                      <QrImage value={url} size={160} label={t('awareness.checkIn.qr', { point: p.name })} />
                      <Anchor href={url} target="_blank" rel="noreferrer" size="xs" style={{ wordBreak: 'break-all' }}>
                        {url}
                      </Anchor>
                    </>
                  )}
                  <Button
                    size="xs"
                    variant={url ? 'subtle' : 'light'}
                    loading={issue.isPending && issue.variables === p.connectionPointId}
                    onClick={() => issue.mutate(p.connectionPointId)}
                  >
                    {t(url ? 'awareness.checkIn.reissue' : 'awareness.checkIn.issue')}
                  </Button>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
      {issue.error ? <ProblemAlert error={issue.error} /> : null}
    </Section>
  );
}
