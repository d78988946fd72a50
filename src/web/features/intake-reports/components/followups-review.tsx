import { Badge, Checkbox, Group, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { defaultReportItemKind, reportDueDateIssue, reportItemKinds, type ProposedFollowup, type ReportItemKind } from '../../../../shared/api/intake-reports';
import { todayInVietnam } from '../../../../shared/text/calendar';
import { ViDateInput } from '../../../components/vi-date-input';
import { useT } from '../../../lib/use-t';

/** What the reviewer decided for one proposed item: ticked, reworded, its kind and due date ('' for none); `badDate` while the typed due date is not a date. */
export type FollowupChoice = { ticked: boolean; text: string; kind: ReportItemKind; dueDate: string; badDate: boolean };

export const initialFollowupChoice = (f: ProposedFollowup): FollowupChoice => ({ ticked: true, text: f.text, kind: defaultReportItemKind(f.nature), dueDate: '', badDate: false });

type Report = { period: string | null; reportDate: string | null };

/** Why the due date chosen cannot be saved (before the period starts or the item is given), or null. */
const dueDateIssue = (c: FollowupChoice, report: Report) => (c.dueDate ? reportDueDateIssue(c.dueDate, report, todayInVietnam()) : null);

/** A choice that cannot be saved as it stands: a mistyped due date, or one the rules refuse. */
export const followupChoiceBlocked = (c: FollowupChoice, report: Report): boolean => c.badDate || dueDateIssue(c, report) !== null;

type Props = { followups: ProposedFollowup[]; report: Report; choices: Record<string, FollowupChoice>; onChange: (key: string, choice: FollowupChoice) => void; disabled: boolean };

/**
 * The report's limitations and directions, each a proposed follow-up item the reviewer ticks, may
 * reword, files under a kind (a direction as a plan task, a limitation as a review conference's,
 * by default) and may give a due date, not before the report's period starts.
 */
export function FollowupsReview({ followups, report, choices, onChange, disabled }: Props) {
  const t = useT();
  const kinds = reportItemKinds.map((k) => ({ value: k, label: t(`followup.kind.${k}`) }));
  return (
    <Table verticalSpacing="xs" layout="fixed">
      <Table.Tbody>
        {followups.map((f) => {
          const c = choices[f.key]!;
          return (
            <Table.Tr key={f.key} data-testid={`followup-${f.key}`}>
              <Table.Td w={40}>
                <Checkbox aria-label={t('intakeReports.followups.tick')} checked={c.ticked} disabled={disabled} onChange={(e) => onChange(f.key, { ...c, ticked: e.currentTarget.checked })} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <Text size="xs" c="dimmed">
                    <Badge size="xs" color={f.nature === 'limitation' ? 'orange' : 'blue'} variant="light" mr={6}>
                      {t(`intakeReports.nature.${f.nature}`)}
                    </Badge>
                    {f.section}
                  </Text>
                  <Textarea autosize minRows={1} size="xs" value={c.text} disabled={disabled} aria-label={t('intakeReports.followups.text')} onChange={(e) => onChange(f.key, { ...c, text: e.currentTarget.value })} />
                  {c.ticked && !disabled && (
                    <Group gap="sm" align="start">
                      <Select
                        label={t('intakeReports.followups.kind')}
                        size="xs"
                        w={200}
                        data={kinds}
                        value={c.kind}
                        allowDeselect={false}
                        onChange={(k) => k && onChange(f.key, { ...c, kind: k as ReportItemKind })}
                      />
                      <ViDateInput
                        label={t('intakeReports.followups.dueDate')}
                        value={c.dueDate}
                        invalidMessage={t('intakeReports.list.badDate')}
                        error={dueDateIssue(c, report)}
                        onChange={(dueDate) => onChange(f.key, { ...c, dueDate, badDate: false })}
                        onInvalidChange={(badDate) => badDate !== c.badDate && onChange(f.key, { ...c, badDate })}
                      />
                    </Group>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
