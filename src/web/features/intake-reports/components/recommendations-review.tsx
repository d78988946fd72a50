import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IntakeReport } from '../../../../shared/api/intake-reports';
import { todayInVietnam } from '../../../../shared/text/calendar';
import { ProblemAlert } from '../../../components/problem-alert';
import { ViDateInput } from '../../../components/vi-date-input';
import { useT } from '../../../lib/use-t';
import { useSaveRecommendations } from '../api/save-report';

/** A list's numbered paragraphs, each a proposed follow-up item with its States and paragraph number. */
export function RecommendationsReview({ doc }: { doc: IntakeReport }) {
  const t = useT();
  const rows = doc.proposal.recommendations;
  const [ticked, setTicked] = useState<Set<number>>(() => new Set(rows.map((r) => r.rowNumber)));
  const [cycle, setCycle] = useState<number | ''>(doc.proposal.uprCycle ?? '');
  const [itemDate, setItemDate] = useState(doc.proposal.reportDate ?? todayInVietnam());
  const save = useSaveRecommendations(doc.id);
  const done = doc.status !== 'ready';
  // A UPR list asks for its cycle; a treaty body's observations or a visit's conclusions do not.
  const upr = rows.some((r) => r.item.kind === 'upr');
  const toggle = (n: number, on: boolean) => setTicked((s) => (on ? new Set(s).add(n) : new Set([...s].filter((x) => x !== n))));
  return (
    <Stack gap="md">
      <Group align="end">
        {upr && <NumberInput label={t('intakeReports.list.cycle')} min={1} max={9} w={160} value={cycle} onChange={(v) => setCycle(typeof v === 'number' ? v : '')} disabled={done} />}
        <ViDateInput label={t('intakeReports.list.itemDate')} value={itemDate} onChange={setItemDate} invalidMessage={t('intakeReports.list.badDate')} required />
      </Group>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th w={80}>{t('intakeReports.list.paragraph')}</Table.Th>
            <Table.Th>{t('intakeReports.list.text')}</Table.Th>
            <Table.Th w={220}>{t('intakeReports.list.states')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.rowNumber}>
              <Table.Td>
                <Checkbox aria-label={t('intakeReports.list.tick', { paragraph: r.item.paragraph ?? r.rowNumber })} checked={ticked.has(r.rowNumber)} disabled={done} onChange={(e) => toggle(r.rowNumber, e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>{r.item.paragraph}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.item.text}</Text>
                {[...r.warnings, ...r.errors.filter((e) => e.field !== 'uprCycle').map((e) => e.message)].map((w) => (
                  <Text key={w} size="xs" c="orange.8">
                    {w}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.item.recommendingStates.join(', ') || '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {save.error && <ProblemAlert error={save.error} />}
      {save.data && (
        <Alert color="green" title={t('intakeReports.saved.title')}>
          {t('intakeReports.saved.items', { count: save.data.itemIds.length, skipped: save.data.skipped })}{' '}
          <Link to="/follow-up">{t('intakeReports.saved.openFollowup')}</Link>
        </Alert>
      )}
      {!done && (
        <Group>
          <Button
            loading={save.isPending}
            disabled={ticked.size === 0}
            onClick={() => save.mutate({ version: doc.version, uprCycle: !upr || cycle === '' ? null : cycle, itemDate, rows: [...ticked].sort((a, b) => a - b) })}
          >
            {t('intakeReports.list.save', { count: ticked.size })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
