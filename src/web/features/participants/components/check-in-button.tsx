import { Badge, Button, HoverCard } from '@mantine/core';
import { useState } from 'react';
import type { Participant } from '../../../../shared/api/participants';
import { useT } from '../../../lib/use-t';
import { CheckInHistory } from './check-in-history';

type Props = {
  conferenceId: string;
  participant: Participant;
  canManage: boolean;
  /** The person's point has no internet: a check-in there is entered from its paper list. */
  offline: boolean;
  busy: boolean;
  onToggle: (method: 'manual' | 'paper_list' | 'undo') => void;
};

/**
 * Checked in or not, as a toggle for those who manage the conference and a badge for the others;
 * hovering shows the whole history. Un-checking appends an 'undo' entry, it deletes nothing.
 */
export function CheckInButton({ conferenceId, participant: p, canManage, offline, busy, onToggle }: Props) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const label = t(p.checkedIn ? 'participants.checkIn.done' : 'participants.checkIn.notYet');
  const target = canManage ? (
    <Button
      size="compact-sm"
      variant={p.checkedIn ? 'filled' : 'default'}
      color={p.checkedIn ? 'teal' : undefined}
      loading={busy}
      aria-pressed={p.checkedIn}
      aria-label={t(p.checkedIn ? 'participants.checkIn.undoFor' : 'participants.checkIn.doFor', { name: p.fullName })}
      onClick={() => onToggle(p.checkedIn ? 'undo' : offline ? 'paper_list' : 'manual')}
    >
      {label}
    </Button>
  ) : (
    <Badge variant={p.checkedIn ? 'filled' : 'outline'} color={p.checkedIn ? 'teal' : 'gray'}>
      {label}
    </Badge>
  );
  return (
    <HoverCard width={340} shadow="md" openDelay={300} onOpen={() => setOpened(true)} withinPortal withRoles={false}>
      <HoverCard.Target>
        <span>{target}</span>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <CheckInHistory conferenceId={conferenceId} participantId={p.id} opened={opened} />
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
