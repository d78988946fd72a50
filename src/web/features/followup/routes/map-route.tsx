import { Button, Container, Paper, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { mapFilterKeys, useFollowupMap } from '../api/get-map';
import { FollowupMap } from '../components/map/followup-map';
import { MapFilters } from '../components/map/map-filters';
import { MapTable } from '../components/map/map-table';

/** The national view: the 34 provinces by share of items done and items overdue, on the map and in a table. */
export function FollowupMapRoute() {
  const t = useT();
  const navigate = useNavigate();
  const { values, setFilter } = useListParams(mapFilterKeys);
  const query = useFollowupMap(values);
  const openProvince = useCallback((code: string) => void navigate(`/follow-up?provinceCode=${encodeURIComponent(code)}`), [navigate]);

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('followup.map.title')}
        description={t('followup.map.description')}
        crumbs={[{ label: t('followup.title'), to: '/follow-up' }]}
        actions={
          <Button component={Link} to="/follow-up" variant="default">
            {t('followup.map.toList')}
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <MapFilters values={values} onChange={setFilter} />
      </Paper>
      {query.data && (
        <Stack gap="md">
          <FollowupMap rows={query.data.rows} onProvince={openProvince} />
          <Paper withBorder p="md" radius="md">
            <MapTable rows={query.data.rows} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('followup.map.asOf', { at: formatDateTime(query.data.asOf) })}
            </Text>
          </Paper>
        </Stack>
      )}
      {query.isPending && <PageLoader />}
      {query.isError && !query.data && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
    </Container>
  );
}
