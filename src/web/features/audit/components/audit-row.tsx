import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../../shared/api/audit';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { AuditDiff } from './audit-diff';
import { actionLabelId, entityTypeLabelId, recordName, recordPath } from './audit-labels';

const actionColour: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red', disable: 'orange', enable: 'teal' };

type Props = { entry: AuditEntry; expanded: boolean; onToggle: () => void };

/** One change: when, who, what and on which record; opens to show the before and after. */
export function AuditRow({ entry, expanded, onToggle }: Props) {
  const t = useT();
  const typeId = entityTypeLabelId(entry.entityType);
  const actionId = actionLabelId(entry.action);
  const name = recordName(entry.after) ?? recordName(entry.before);
  const path = entry.action === 'delete' ? null : recordPath(entry.entityType, entry.entityId);
  const detailsId = `audit-${entry.id}`;

  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <UnstyledButton onClick={onToggle} aria-expanded={expanded} aria-controls={detailsId} fz="sm">
            {expanded ? '▾' : '▸'} {formatDateTime(entry.at)}
          </UnstyledButton>
        </Table.Td>
        <Table.Td>{entry.actorEmail ?? <Text span size="sm" c="dimmed">{t('audit.systemActor')}</Text>}</Table.Td>
        <Table.Td>
          <Badge variant="light" color={actionColour[entry.action] ?? 'gray'}>
            {actionId ? t(actionId) : entry.action}
          </Badge>
        </Table.Td>
        <Table.Td>
          <Text span size="sm" c="dimmed">
            {typeId ? t(typeId) : entry.entityType}
            {': '}
          </Text>
          {path ? (
            <Anchor component={Link} to={path} size="sm">
              {name ?? entry.entityId}
            </Anchor>
          ) : (
            <Text span size="sm">
              {name ?? entry.entityId}
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={4} bg="var(--mantine-color-gray-0)" p="md">
            <AuditDiff entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
