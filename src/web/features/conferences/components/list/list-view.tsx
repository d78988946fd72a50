import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { EmptyNotice } from '../../../../components/empty-notice';
import { ListPagination } from '../../../../components/list-pagination';
import { ListState } from '../../../../components/list-state';
import { useCan } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import { useConferences, type ConferenceFilters } from '../../api/list-conferences';
import { ConferencesCards } from './conferences-cards';
import { ConferencesTable } from './conferences-table';

const pageSize = 20;

type Props = { filters: ConferenceFilters; page: number; onPage: (page: number) => void; createButton: ReactNode };

/** The register view: a page of conferences, or why there is none (nothing recorded yet, or nothing matches). */
export function ListView({ filters, page, onPage, createButton }: Props) {
  const t = useT();
  const canManage = useCan('conferences.manage');
  const query = useConferences({ ...filters, page, pageSize });
  // Below Mantine's `sm` breakpoint (a phone held upright) the register becomes cards.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const filtered = Object.entries(filters).some(([key, value]) => key !== 'sort' && value);
  return (
    <ListState
      query={query}
      empty={
        <EmptyNotice
          title={t(filtered ? 'conferences.empty.filtered' : 'conferences.empty.none')}
          description={t(filtered ? 'common.empty.searchHint' : canManage ? 'conferences.empty.noneHint' : 'conferences.empty.noneReadOnly')}
          action={filtered ? undefined : createButton}
        />
      }
    >
      {(data) => (
        <>
          {phone ? <ConferencesCards items={data.items} /> : <ConferencesTable items={data.items} />}
          <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={onPage} />
        </>
      )}
    </ListState>
  );
}
