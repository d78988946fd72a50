import { Badge, Button, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { awarenessLimits } from '../../../../shared/api/awareness';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useT } from '../../../lib/use-t';
import { useGenerateCodes } from '../api/generate-codes';
import { codeSheetUrl, useCodes } from '../api/list-codes';
import { Section } from './section';

type Point = { id: string; name: string };
const pageSize = 50;

/**
 * One-time codes: generate a batch (for the whole conference or one point's seats), print them
 * (a page of slips with a QR each, or the Excel sheet), see which have been used. Only for those
 * who manage the conference: whoever holds a code can answer with it.
 */
export function CodesSection({ conferenceId, points }: { conferenceId: string; points: Point[] }) {
  const t = useT();
  const toast = useToast();
  const [count, setCount] = useState<number | string>(50);
  const [pointId, setPointId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const query = useCodes(conferenceId, { page, pageSize });
  const generate = useGenerateCodes(conferenceId);
  const pointOptions = points.map((p) => ({ value: p.id, label: p.name }));

  return (
    <Section
      id="awareness-codes"
      title={t('awareness.codes.title')}
      description={t('awareness.codes.description')}
      actions={
        <>
          <Button component={Link} to={`/training/${conferenceId}/awareness/codes`} variant="default">
            {t('awareness.codes.print')}
          </Button>
          <Button component="a" href={codeSheetUrl(conferenceId)} variant="default" download>
            {t('awareness.codes.excel')}
          </Button>
        </>
      }
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput label={t('awareness.codes.count')} min={1} max={awarenessLimits.maxCodesPerBatch} value={count} onChange={setCount} w={140} thousandSeparator="." decimalSeparator="," />
        <Select label={t('awareness.codes.point')} placeholder={t('awareness.codes.wholeConference')} clearable data={pointOptions} value={pointId} onChange={setPointId} w={280} />
        <Button
          loading={generate.isPending}
          disabled={typeof count !== 'number' || count < 1}
          onClick={() =>
            generate.mutate(
              { count: Number(count), connectionPointId: pointId },
              { onSuccess: (r) => toast(t('awareness.codes.generated', { count: r.created, batch: r.batch })) },
            )
          }
        >
          {t('awareness.codes.generate')}
        </Button>
      </Group>
      {generate.error ? <ProblemAlert error={generate.error} /> : null}
      <ListState query={query} empty={<EmptyNotice title={t('awareness.codes.empty')} description={t('awareness.codes.emptyHint')} />}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('awareness.codes.code')}</Table.Th>
                    <Table.Th>{t('awareness.codes.point')}</Table.Th>
                    <Table.Th>{t('awareness.codes.batch')}</Table.Th>
                    <Table.Th>{t('awareness.codes.used')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((c) => (
                    <Table.Tr key={c.code}>
                      <Table.Td ff="monospace" fw={600}>
                        {c.code}
                      </Table.Td>
                      <Table.Td>{c.connectionPointName ?? t('awareness.codes.wholeConference')}</Table.Td>
                      <Table.Td>{c.batch}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {c.used.length === 0 ? (
                            <Text size="sm" c="dimmed">
                              {t('awareness.codes.unused')}
                            </Text>
                          ) : (
                            c.used.map((p) => (
                              <Badge key={p} size="sm" variant="light">
                                {t(`awareness.phase.${p}`)}
                              </Badge>
                            ))
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </ListState>
    </Section>
  );
}
