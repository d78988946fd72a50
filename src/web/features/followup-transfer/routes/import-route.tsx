import { Tabs } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../lib/use-t';
import { ImportPanel } from '../components/import-panel';

/** /follow-up/import: a UPR matrix, a plan's tasks or a numbered recommendation list, each previewed before saving. */
export function FollowupImportRoute() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('followupTransfer.title')} description={t('followupTransfer.description')} crumbs={[{ label: t('followupTransfer.crumb'), to: '/follow-up' }]} />
      <Tabs defaultValue="upr" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="upr">{t('followupTransfer.tab.upr')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('followupTransfer.tab.plan')}</Tabs.Tab>
          <Tabs.Tab value="document">{t('followupTransfer.tab.document')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upr">
          <ImportPanel source="upr" />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <ImportPanel source="plan" />
        </Tabs.Panel>
        <Tabs.Panel value="document">
          <ImportPanel source="document" />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
