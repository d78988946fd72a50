import { Container } from '@mantine/core';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useToast } from '../../../components/toast/toast-context';
import { useT } from '../../../lib/use-t';
import { ConferenceForm } from '../components/form/conference-form';

export function ConferenceNewRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('conferences.create.title')} description={t('conferences.create.description')} crumbs={[{ label: t('conferences.title'), to: '/training' }]} />
      <ConferenceForm
        onSaved={(c) => {
          toast(t('conferences.create.done'));
          void navigate(`/training/${c.id}`, { replace: true });
        }}
        onCancel={() => void navigate('/training')}
      />
    </Container>
  );
}
