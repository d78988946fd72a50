import type { ReactNode } from 'react';
import { EmptyNotice } from '../../../../components/empty-notice';
import { ListPagination } from '../../../../components/list-pagination';
import { ListState } from '../../../../components/list-state';
import { useT } from '../../../../lib/use-t';
import { useFollowupItems, type FollowupFilters } from '../../api/list-items';
import { FollowupTable } from './followup-table';

const pageSize = 20;

type Props = { filters: FollowupFilters; page: number; onPage: (page: number) => void; createButton: ReactNode };

/** A page of items, or why there is none (nothing tracked yet, or nothing matches the filters). */
export function FollowupListView({ filters, page, onPage, createButton }: Props) {
  const t = useT();
  const query = useFollowupItems({ ...filters, page, pageSize });
  const filtered = Object.entries(filters).some(([key, value]) => key !== 'sort' && value);
  return (
    <ListState
      query={query}
      empty={
        <EmptyNotice
          title={t(filtered ? 'followup.empty.filtered' : 'followup.empty.none')}
          description={t(filtered ? 'common.empty.searchHint' : createButton ? 'followup.empty.noneHint' : 'followup.empty.noneReadOnly')}
          action={filtered ? undefined : createButton}
        />
      }
    >
      {(data) => (
        <>
          <FollowupTable items={data.items} />
          <ListPagination page={page} pageSize={pageSize} total={data.total} totalIsLowerBound={data.totalIsLowerBound} onChange={onPage} />
        </>
      )}
    </ListState>
  );
}
