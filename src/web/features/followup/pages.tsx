// What the app shell mounts from this feature (one lazily loaded chunk). Placeholders until the feature's pages land.
import { PageHeader } from '../../components/page-header';
import { useT } from '../../lib/use-t';

export function FollowupListRoute() {
  const t = useT();
  return <PageHeader title={t('followup.title')} />;
}

export function FollowupItemRoute() {
  const t = useT();
  return <PageHeader title={t('followup.title')} />;
}

export function FollowupNewRoute() {
  const t = useT();
  return <PageHeader title={t('followup.title')} />;
}

export function FollowupEditRoute() {
  const t = useT();
  return <PageHeader title={t('followup.title')} />;
}

export function FollowupMapRoute() {
  const t = useT();
  return <PageHeader title={t('followup.title')} />;
}
