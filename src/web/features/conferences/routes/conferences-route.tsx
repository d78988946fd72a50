import { Button, Container, Group, Paper, SegmentedControl } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useCan } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { conferencesExportUrl } from '../api/list-conferences';
import { CalendarView } from '../components/list/calendar-view';
import { ConferencesFilters, SortSelect } from '../components/list/conferences-filters';
import { ListView } from '../components/list/list-view';
import { useConferenceParams } from '../components/list/use-conference-params';

/** Tập huấn: the training conferences, as a filtered register or a month calendar. */
export function ConferencesRoute() {
  const t = useT();
  const canManage = useCan('conferences.manage');
  const { filters, view, page, setFilter, setMany, setPage } = useConferenceParams();
  const createButton = canManage && (
    <Button component={Link} to="/training/new">
      {t('conferences.create.open')}
    </Button>
  );

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('conferences.title')}
        description={t('conferences.description')}
        actions={
          <>
            <Button component="a" href={conferencesExportUrl(filters)} variant="default" download>
              {t('conferences.export.excel')}
            </Button>
            {createButton}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <ConferencesFilters values={filters} onChange={setFilter} onChangeMany={setMany} />
        <Group justify="space-between" align="flex-end" mb="md" gap="sm">
          <SegmentedControl
            value={view}
            onChange={(v) => setMany({ view: v === 'calendar' ? 'calendar' : '' })}
            data={[
              { value: 'list', label: t('conferences.view.list') },
              { value: 'calendar', label: t('conferences.view.calendar') },
            ]}
            aria-label={t('conferences.view.label')}
          />
          {view === 'list' && <SortSelect value={filters.sort} onChange={(v) => setFilter('sort', v)} />}
        </Group>
        {view === 'calendar' ? (
          <CalendarView filters={filters} onMonth={(year, month) => setMany({ year: String(year), month: String(month) })} />
        ) : (
          <ListView filters={filters} page={page} onPage={setPage} createButton={createButton} />
        )}
      </Paper>
    </Container>
  );
}
