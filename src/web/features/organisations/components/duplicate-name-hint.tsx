import { Alert, Anchor } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { searchKey } from '../../../../shared/text';
import { useT } from '../../../lib/use-t';
import { listOrganisations } from '../api/list-organisations';

type Props = { name: string; provinceCode: string | null; selfId?: string };

/**
 * Warns, while the name is typed, that the directory already has this body in this province
 * (same name whatever its accents, case or spacing) and offers the existing entry instead. The
 * server refuses the duplicate anyway; this saves typing the rest of the form first.
 */
export function DuplicateNameHint({ name, provinceCode, selfId }: Props) {
  const t = useT();
  const [typed] = useDebouncedValue(name.trim(), 400);
  const folded = searchKey(typed);
  const candidates = useQuery({
    queryKey: ['organisations', 'same-name', folded, provinceCode],
    queryFn: ({ signal }) => listOrganisations({ q: typed, kind: '', province: provinceCode ?? '', page: 1, pageSize: 20 }, signal),
    enabled: folded.length >= 4,
    staleTime: 30_000,
  });
  const same = candidates.data?.items.find((o) => o.id !== selfId && o.provinceCode === provinceCode && searchKey(o.name) === folded);
  if (!same || folded.length < 4) return null;
  return (
    <Alert color="yellow" variant="light" title={t('organisations.duplicate.title')}>
      {t('organisations.duplicate.body')}{' '}
      <Anchor component={Link} to={`/admin/organisations/${same.id}`}>
        {same.name}
      </Anchor>
    </Alert>
  );
}
