import { Alert, Button, Container, Group, Paper, Select } from '@mantine/core';
import { useState } from 'react';
import { rightsDomains, type Indicator } from '../../../../shared/api/indicators';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { useCan } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useAllIndicators, useIndicators, type IndicatorFilters } from '../api/list-indicators';
import { IndicatorEditor } from '../components/indicator-editor';
import { IndicatorTable } from '../components/indicator-table';
import { RulesSection } from '../components/rules-section';

const pageSize = 50;

/** Danh mục chỉ tiêu: everyone reads the catalogue; national administrators add and correct indicators and rules. */
export function IndicatorCatalogueRoute() {
  const t = useT();
  const canEdit = useCan('indicators.catalogue');
  const [filters, setFilters] = useState<IndicatorFilters>({ q: '', domain: '', active: '' });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ indicator: Indicator | null } | null>(null);
  const list = useIndicators({ ...filters, page, pageSize });
  const all = useAllIndicators();
  const setFilter = (key: keyof IndicatorFilters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(1);
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('indicators.catalogue.title')}
        description={t('indicators.catalogue.description')}
        actions={canEdit && <Button onClick={() => setEditing({ indicator: null })}>{t('indicators.catalogue.create')}</Button>}
      />
      {!canEdit && (
        <Alert variant="light" mb="md">
          {t('indicators.catalogue.readOnly')}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" mb="md" gap="sm">
          <SearchInput label={t('indicators.catalogue.search')} value={filters.q} onSearch={(q) => setFilter('q', q)} />
          <Select
            label={t('indicators.catalogue.domainFilter')}
            data={[{ value: '', label: t('indicators.catalogue.allDomains') }, ...rightsDomains.map((d) => ({ value: d, label: t(`indicators.domain.${d}`) }))]}
            value={filters.domain}
            onChange={(x) => setFilter('domain', x ?? '')}
            allowDeselect={false}
            w={240}
          />
          <Select
            label={t('indicators.catalogue.stateFilter')}
            data={[
              { value: '', label: t('indicators.catalogue.state.all') },
              { value: 'true', label: t('indicators.catalogue.state.active') },
              { value: 'false', label: t('indicators.catalogue.state.inactive') },
            ]}
            value={filters.active}
            onChange={(x) => setFilter('active', x ?? '')}
            allowDeselect={false}
            w={160}
          />
        </Group>
        <ListState query={list} empty={<EmptyNotice title={t('indicators.catalogue.empty')} description={t('indicators.catalogue.emptyHint')} />}>
          {(data) => (
            <>
              <IndicatorTable items={data.items} onEdit={canEdit ? (indicator) => setEditing({ indicator }) : undefined} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
      <RulesSection indicators={all.data ?? []} canEdit={canEdit} />
      <IndicatorEditor opened={editing !== null} indicator={editing?.indicator ?? null} onClose={() => setEditing(null)} />
    </Container>
  );
}
