import { Badge, Checkbox, Stack, Table, Text, Textarea } from '@mantine/core';
import type { ProposedFollowup } from '../../../../shared/api/intake-reports';
import { useT } from '../../../lib/use-t';

export type FollowupChoice = { ticked: boolean; text: string };

type Props = { followups: ProposedFollowup[]; choices: Record<string, FollowupChoice>; onChange: (key: string, choice: FollowupChoice) => void; disabled: boolean };

/** The report's limitations and directions, each a proposed follow-up item the reviewer ticks and may reword. */
export function FollowupsReview({ followups, choices, onChange, disabled }: Props) {
  const t = useT();
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
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
