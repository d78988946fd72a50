import { Container, Paper } from '@mantine/core';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useToast } from '../../../components/toast/toast-context';
import { useT } from '../../../lib/use-t';
import { OrganisationForm } from '../components/organisation-form';

export function OrganisationNewRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <Container size="sm" px={0}>
      <PageHeader
        title={t('organisations.create.title')}
        crumbs={[
          { label: t('nav.admin'), to: '/admin' },
          { label: t('organisations.title'), to: '/admin/organisations' },
        ]}
      />
      <Paper withBorder p="lg" radius="md">
        <OrganisationForm
          onSaved={(o) => {
            toast(t('organisations.create.done', { name: o.name }));
            void navigate('/admin/organisations', { replace: true });
          }}
          onCancel={() => void navigate('/admin/organisations')}
        />
      </Paper>
    </Container>
  );
}
