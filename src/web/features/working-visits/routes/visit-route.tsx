import { Anchor, Badge, Button, Container, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { VisitDetail } from '../../../../shared/api/working-visits';
import { ConfirmButton } from '../../../components/confirm-button';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { formatDate } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useVisit } from '../api/get-visit';
import { useDeleteVisit } from '../api/visit-actions';
import { AddRecommendations } from '../components/add-recommendations';
import { ItemStatus } from '../components/item-status';
import { visitDates } from '../components/visit-dates';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Paragraphs({ text }: { text: string | null }) {
  const t = useT();
  if (!text) return <Text size="sm" c="dimmed">{t('workingVisits.detail.notRecorded')}</Text>;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
      {text}
    </Text>
  );
}

function Items({ visit }: { visit: VisitDetail }) {
  const t = useT();
  if (!visit.items.length) return <Text size="sm" c="dimmed">{t('workingVisits.recommendations.none')}</Text>;
  return (
    <Stack gap="sm">
      {visit.items.map((item) => (
        <Paper key={item.id} withBorder p="sm" radius="sm" data-testid="visit-item">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ flex: 1 }}>
              <Group gap={6}>
                {item.nature && (
                  <Badge size="sm" variant="outline">
                    {t(`workingVisits.nature.${item.nature}`)}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {item.dueDate ? t('workingVisits.detail.due', { date: formatDate(item.dueDate) }) : t('workingVisits.detail.noDue')}
                  {item.leadOrganisation ? ` · ${item.leadOrganisation.name}` : ''}
                </Text>
              </Group>
              <Anchor component={Link} to={`/follow-up/items/${item.id}`} size="sm">
                {item.reference ? `${item.reference}: ` : ''}
                {item.text}
              </Anchor>
            </Stack>
            <ItemStatus item={item} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** One working visit: its dates, units, members, purpose and findings, and its recommendations as follow-up items. */
export function VisitRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const { data: visit, error, isPending, refetch } = useVisit(id);
  const remove = useDeleteVisit();

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={visit.title}
        crumbs={[
          { label: t('workingVisits.crumb.followup'), to: '/follow-up' },
          { label: t('workingVisits.title'), to: '/follow-up/visits' },
        ]}
        actions={
          visit.refusals.edit === null && (
            <Group gap="sm">
              <Button component={Link} to={`/follow-up/visits/${visit.id}/edit`} variant="default">
                {t('workingVisits.edit')}
              </Button>
              {visit.refusals.delete === null && (
                <ConfirmButton
                  title={t('workingVisits.delete')}
                  message={t('workingVisits.delete.confirm')}
                  confirmLabel={t('workingVisits.delete')}
                  color="red"
                  loading={remove.isPending}
                  onConfirm={() =>
                    remove.mutate(visit.id, {
                      onSuccess: () => {
                        toast(t('workingVisits.deleted'));
                        void navigate('/follow-up/visits');
                      },
                    })
                  }
                >
                  {t('workingVisits.delete')}
                </ConfirmButton>
              )}
            </Group>
          )
        }
      />
      <Stack gap="md">
        {remove.error && <ProblemAlert error={remove.error} />}
        {visit.sample && (
          <Badge variant="outline" color="gray">
            {t('workingVisits.sample')}
          </Badge>
        )}
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Fact label={t('workingVisits.detail.dates')}>{visitDates(visit.startDate, visit.endDate)}</Fact>
            <Fact label={t('workingVisits.detail.province')}>{visit.provinceName ?? t('workingVisits.national')}</Fact>
            <Fact label={t('workingVisits.detail.lead')}>{visit.leadOrganisation?.name ?? '—'}</Fact>
          </SimpleGrid>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Block title={t('workingVisits.units.title')}>
            {visit.visitedUnits.length ? (
              <List size="sm">
                {visit.visitedUnits.map((u, i) => (
                  <List.Item key={i}>{u.name}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">{t('workingVisits.units.none')}</Text>
            )}
          </Block>
          <Block title={t('workingVisits.members.title')}>
            {visit.members.length ? (
              <List size="sm">
                {visit.members.map((m, i) => (
                  <List.Item key={i}>
                    {m.name}
                    {m.position ? `, ${m.position}` : ''}
                    {m.organisationName ? ` (${m.organisationName})` : ''}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">{t('workingVisits.members.none')}</Text>
            )}
          </Block>
        </SimpleGrid>
        <Block title={t('workingVisits.detail.purpose')}>
          <Paragraphs text={visit.purpose} />
        </Block>
        <Block title={t('workingVisits.detail.findings')}>
          <Paragraphs text={visit.findings} />
        </Block>
        <Block title={t('workingVisits.recommendations.title')}>
          <Stack gap="md">
            <Items visit={visit} />
            {visit.items.length > 0 && (
              <Anchor component={Link} to={`/follow-up?visitId=${visit.id}`} size="sm">
                {t('workingVisits.detail.openInList')}
              </Anchor>
            )}
            {visit.refusals.edit === null && <AddRecommendations visitId={visit.id} provinceCode={visit.provinceCode} />}
          </Stack>
        </Block>
      </Stack>
    </Container>
  );
}
