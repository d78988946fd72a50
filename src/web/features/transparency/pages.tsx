// What the app shell mounts from this feature (one lazily loaded chunk). Placeholders until the feature's pages land.
import { PageHeader } from '../../components/page-header';
import { useT } from '../../lib/use-t';

export function TransparencySettingsRoute() {
  const t = useT();
  return <PageHeader title={t('transparency.title')} />;
}

export function PublicProvincesRoute() {
  const t = useT();
  return <PageHeader title={t('transparency.title')} />;
}

export function PublicProvinceRoute() {
  const t = useT();
  return <PageHeader title={t('transparency.title')} />;
}
