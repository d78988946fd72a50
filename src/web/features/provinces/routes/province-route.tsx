import { Container, Paper, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { useProvince } from '../api/get-province';
import { ProvinceCommunes } from '../components/province-communes';
import { ProvinceSummary } from '../components/province-summary';

/** One province: its facts, then its communes. */
export function ProvinceRoute() {
  const intl = useIntl();
  const code = useParams().code ?? '';
  const { data: province, error, refetch, isPending } = useProvince(code);
  const crumbs = [{ label: intl.formatMessage({ id: 'provinces.title' }), to: '/provinces' }];

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Container size="xl" px={0}>
      <PageHeader title={province.fullName} description={province.nameEn ?? undefined} crumbs={crumbs} />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <ProvinceSummary province={province} />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <ProvinceCommunes provinceCode={province.code} />
        </Paper>
      </Stack>
    </Container>
  );
}
