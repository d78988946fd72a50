import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FollowupKind } from '../../../../shared/api/followup';
import { listItemKinds, type IntakeReport } from '../../../../shared/api/intake-reports';
import { todayInVietnam } from '../../../../shared/text/calendar';
import { ProblemAlert } from '../../../components/problem-alert';
import { ViDateInput } from '../../../components/vi-date-input';
import { useT } from '../../../lib/use-t';
import { useSaveRecommendations } from '../api/save-report';

/** The kind and due date ('' for none) the reviewer gives one paragraph; `badDate` while the typed date is not a date. */
type RowChoice = { kind: string; dueDate: string; badDate: boolean };

/**
 * A list's numbered paragraphs, each a proposed follow-up item with its States and paragraph
 * number, saved under the kind proposed (UPR, treaty body, working visit) or the one the reviewer
 * picks, with an optional due date.
 */
export function RecommendationsReview({ doc }: { doc: IntakeReport }) {
  const t = useT();
  const rows = doc.proposal.recommendations;
  const [ticked, setTicked] = useState<Set<number>>(() => new Set(rows.map((r) => r.rowNumber)));
  const [choices, setChoices] = useState<Record<number, RowChoice>>(() => Object.fromEntries(rows.map((r) => [r.rowNumber, { kind: r.item.kind, dueDate: '', badDate: false }])));
  const choose = (n: number, change: Partial<RowChoice>) => setChoices((s) => ({ ...s, [n]: { ...s[n]!, ...change } }));
  const chosen = rows.filter((r) => ticked.has(r.rowNumber));
  const [cycle, setCycle] = useState<number | ''>(doc.proposal.uprCycle ?? '');
  const [itemDate, setItemDate] = useState(doc.proposal.reportDate ?? todayInVietnam());
  const save = useSaveRecommendations(doc.id);
  const done = doc.status !== 'ready';
  // UPR recommendations ask for their cycle; a treaty body's observations or a visit's conclusions do not.
  const upr = rows.some((r) => choices[r.rowNumber]!.kind === 'upr');
  const badDate = chosen.some((r) => choices[r.rowNumber]!.badDate);
  const kindOptions = (proposed: string) =>
    [...new Set([proposed, ...listItemKinds])].map((k) => ({ value: k, label: t(`followup.kind.${k as FollowupKind}`) }));
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
            <Table.Th w={200}>{t('intakeReports.followups.kind')}</Table.Th>
            <Table.Th w={170}>{t('intakeReports.followups.dueDate')}</Table.Th>
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
              <Table.Td>
                <Select
                  aria-label={t('intakeReports.list.kindOf', { paragraph: r.item.paragraph ?? r.rowNumber })}
                  size="xs"
                  data={kindOptions(r.item.kind)}
                  value={choices[r.rowNumber]!.kind}
                  allowDeselect={false}
                  disabled={done || !ticked.has(r.rowNumber)}
                  onChange={(k) => k && choose(r.rowNumber, { kind: k })}
                />
              </Table.Td>
              <Table.Td>
                {!done && ticked.has(r.rowNumber) && (
                  <ViDateInput
                    label={t('intakeReports.list.dueOf', { paragraph: r.item.paragraph ?? r.rowNumber })}
                    hideLabel
                    value={choices[r.rowNumber]!.dueDate}
                    invalidMessage={t('intakeReports.list.badDate')}
                    error={choices[r.rowNumber]!.dueDate && choices[r.rowNumber]!.dueDate < itemDate ? t('intakeReports.list.dueBeforeItem') : null}
                    onChange={(dueDate) => choose(r.rowNumber, { dueDate, badDate: false })}
                    onInvalidChange={(bad) => choose(r.rowNumber, { badDate: bad })}
                  />
                )}
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
            disabled={ticked.size === 0 || badDate || chosen.some((r) => choices[r.rowNumber]!.dueDate && choices[r.rowNumber]!.dueDate < itemDate)}
            onClick={() =>
              save.mutate({
                version: doc.version,
                uprCycle: !upr || cycle === '' ? null : cycle,
                itemDate,
                rows: chosen.map((r) => r.rowNumber),
                details: chosen.map((r) => {
                  const c = choices[r.rowNumber]!;
                  // A kind outside the list's (a plan task proposed as such) is left as proposed.
                  const kind = listItemKinds.find((k) => k === c.kind);
                  return { row: r.rowNumber, ...(kind ? { kind } : {}), dueDate: c.dueDate || null };
                }),
              })
            }
          >
            {t('intakeReports.list.save', { count: ticked.size })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
