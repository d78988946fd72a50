import { Anchor, Card, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { usePublicProvinces } from '../api/public-provinces';
import { PublicLayout } from '../components/public-layout';

/** /public — the provinces that chose to publish their page, for anyone, without an account. */
export function PublicProvincesRoute() {
  const t = useT();
  const list = usePublicProvinces();
  return (
    <PublicLayout title={t('transparency.public.listTitle')} subtitle={t('transparency.public.listSubtitle')}>
      {list.isPending && <PageLoader />}
      {list.error && <ProblemAlert error={list.error} />}
      {list.data && list.data.items.length === 0 && <Text>{t('transparency.public.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }}>
          {list.data.items.map((p) => (
            <Card key={p.code} withBorder padding="md" component={Link} to={`/public/${p.code}`}>
              <Anchor component="span" fw={600} size="lg">
                {p.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('transparency.public.since', { date: formatDate(p.publishedAt) })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </PublicLayout>
  );
}
