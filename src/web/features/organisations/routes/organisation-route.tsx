import { Container, Divider, Group, Paper, Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../../components/confirm-button';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useCan } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useDeleteOrganisation } from '../api/delete-organisation';
import { useOrganisation } from '../api/get-organisation';
import { OrganisationForm } from '../components/organisation-form';

/** One organisation: its details, editable and removable by those who manage the registry. */
export function OrganisationRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const canManage = useCan('organisations.manage');
  const { data: organisation, error, isPending, refetch } = useOrganisation(id);
  const remove = useDeleteOrganisation();

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Container size="sm" px={0}>
      <PageHeader
        title={organisation.name}
        description={t(`organisations.kind.${organisation.kind}`)}
        crumbs={[
          { label: t('nav.admin'), to: '/admin' },
          { label: t('organisations.title'), to: '/admin/organisations' },
        ]}
      />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <OrganisationForm
            key={organisation.version}
            organisation={organisation}
            readOnly={!canManage}
            onSaved={() => toast(t('common.saved'))}
            onReload={() => void refetch()}
          />
          {canManage && (
            <>
              <Divider />
              {remove.error && <ProblemAlert error={remove.error} />}
              <Group>
                <ConfirmButton
                  title={t('organisations.delete.title')}
                  message={t('organisations.delete.confirm', { name: organisation.name })}
                  confirmLabel={t('organisations.delete.action')}
                  color="red"
                  variant="light"
                  loading={remove.isPending}
                  onConfirm={() =>
                    remove.mutate(organisation.id, {
                      onSuccess: () => {
                        toast(t('organisations.delete.done', { name: organisation.name }));
                        void navigate('/admin/organisations', { replace: true });
                      },
                    })
                  }
                >
                  {t('organisations.delete.action')}
                </ConfirmButton>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
