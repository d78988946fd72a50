import { Badge } from '@mantine/core';
import type { FollowupKind } from '../../../../shared/api/followup';
import { useT } from '../../../lib/use-t';

const colours: Record<FollowupKind, string> = { conference: 'teal', visit: 'cyan', upr: 'indigo', treaty: 'violet', plan: 'orange' };

/** Where the item comes from: a conference, a working visit, the UPR, a treaty body, a plan. */
export function KindBadge({ kind }: { kind: FollowupKind }) {
  const t = useT();
  return (
    <Badge variant="outline" color={colours[kind]} size="sm" style={{ flexShrink: 0 }}>
      {t(`followup.kind.${kind}`)}
    </Badge>
  );
}
