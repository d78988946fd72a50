import { ActionIcon, Menu, Table, Text } from '@mantine/core';
import type { Participant } from '../../../../shared/api/participants';
import { useT } from '../../../lib/use-t';
import { participantExportUrl } from '../api/erase-participant';
import { CheckInButton } from './check-in-button';
import type { PointOption } from './types';

type Props = {
  conferenceId: string;
  participants: Participant[];
  points: PointOption[];
  canManage: boolean;
  /** The participant whose check-in is being saved, if any. */
  busyId: string | null;
  onToggleCheckIn: (participant: Participant, method: 'manual' | 'paper_list' | 'undo') => void;
  onEdit: (participant: Participant) => void;
  onErase: (participant: Participant) => void;
};

function DotsIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <circle cx="5" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="19" cy="12" r="2" />
    </svg>
  );
}

export function ParticipantsTable({ conferenceId, participants, points, canManage, busyId, onToggleCheckIn, onEdit, onErase }: Props) {
  const t = useT();
  const offline = new Set(points.filter((p) => p.hasInternet === false).map((p) => p.id));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm" aria-label={t('participants.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('participants.field.fullName')}</Table.Th>
            <Table.Th>{t('participants.field.agency')}</Table.Th>
            <Table.Th>{t('participants.field.position')}</Table.Th>
            <Table.Th>{t('participants.field.connectionPoint')}</Table.Th>
            {/* Contacts reach only those who manage the conference (the server sends others none). */}
            {canManage && <Table.Th>{t('participants.field.contact')}</Table.Th>}
            <Table.Th>{t('participants.column.checkIn')}</Table.Th>
            <Table.Th w={48}>
              <Text component="span" size="xs" style={{ position: 'absolute', left: -10000 }}>
                {t('participants.column.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td fw={600}>{p.fullName}</Table.Td>
              <Table.Td>{p.agency ?? ''}</Table.Td>
              <Table.Td>{p.position ?? ''}</Table.Td>
              <Table.Td>{p.connectionPointName ?? ''}</Table.Td>
              {canManage && <Table.Td>{p.contact ?? ''}</Table.Td>}
              <Table.Td>
                <CheckInButton
                  conferenceId={conferenceId}
                  participant={p}
                  canManage={canManage}
                  offline={p.connectionPointId !== null && offline.has(p.connectionPointId)}
                  busy={busyId === p.id}
                  onToggle={(method) => onToggleCheckIn(p, method)}
                />
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('participants.actions.for', { name: p.fullName })}>
                      <DotsIcon />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {canManage && <Menu.Item onClick={() => onEdit(p)}>{t('participants.edit.open')}</Menu.Item>}
                    {canManage && (
                      <Menu.Item component="a" href={participantExportUrl(conferenceId, p.id)} download>
                        {t('participants.export.action')}
                      </Menu.Item>
                    )}
                    {canManage && (
                      <Menu.Item color="red" onClick={() => onErase(p)}>
                        {t('participants.erase.action')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
