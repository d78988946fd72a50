import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IntakeDocumentSummary } from '../../../../../shared/api/intake';
import { formatDate, formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { IntakeStatusBadge } from './intake-status-badge';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The review queue, one document a line; the file name opens its review (or the conference it became). */
export function QueueTable({ items }: { items: IntakeDocumentSummary[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" fz="sm" bg="var(--mantine-color-body)" aria-label={t('intake.queue.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('intake.column.file')}</Table.Th>
            <Table.Th>{t('intake.column.title')}</Table.Th>
            <Table.Th w={130}>{t('intake.column.province')}</Table.Th>
            <Table.Th w={100}>{t('intake.column.date')}</Table.Th>
            <Table.Th w={80} ta="right" style={nowrap}>
              {t('intake.column.fields')}
            </Table.Th>
            <Table.Th w={130}>{t('intake.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Anchor component={Link} to={`/intake/${d.id}`} fw={600} fz="sm">
                  {d.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`intake.kind.${d.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Text size="sm">{d.title ?? <Text span c="dimmed" size="sm">{t('intake.queue.noTitle')}</Text>}</Text>
                  {(d.duplicateOfDocumentId || d.matchedConference) && (
                    <Group gap={4}>
                      {d.duplicateOfDocumentId && (
                        <Badge color="orange" variant="light" size="xs">
                          {t('intake.badge.duplicate')}
                        </Badge>
                      )}
                      {d.matchedConference && (
                        <Badge color="grape" variant="light" size="xs">
                          {t('intake.badge.matched')}
                        </Badge>
                      )}
                    </Group>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{d.provinceName ?? ''}</Table.Td>
              <Table.Td style={nowrap}>{formatDate(d.eventDate)}</Table.Td>
              <Table.Td ta="right">{formatNumber(d.fieldCount)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <IntakeStatusBadge status={d.status} />
                  {d.status === 'confirmed' && d.conferenceId && (
                    <Anchor component={Link} to={`/training/${d.conferenceId}`} size="xs">
                      {t('intake.queue.openConference')}
                    </Anchor>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
