import { Container } from '@mantine/core';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useToast } from '../../../components/toast/toast-context';
import { useT } from '../../../lib/use-t';
import { ItemForm } from '../components/form/item-form';

/** A new item typed by hand (a UPR recommendation, a treaty body's observation, a plan's task…). */
export function FollowupNewRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('followup.create.title')} crumbs={[{ label: t('followup.title'), to: '/follow-up' }]} />
      <ItemForm
        onSaved={(item) => {
          toast(t('followup.create.done'));
          void navigate(`/follow-up/items/${item.id}`);
        }}
        onCancel={() => void navigate('/follow-up')}
      />
    </Container>
  );
}
