import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Participant } from '../../../../shared/api/participants';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useT } from '../../../lib/use-t';
import { useEraseParticipant } from '../api/erase-participant';
import { participantTemplateUrl } from '../api/import-participants';
import { useParticipants } from '../api/list-participants';
import { useRecordCheckIn } from '../api/record-check-in';
import { AttendanceSummary } from './attendance-summary';
import { EraseDialog } from './erase-dialog';
import { ImportWizard } from './import-wizard';
import { ParticipantDialog } from './participant-dialog';
import { ParticipantsFilters, type ParticipantFilters } from './participants-filters';
import { ParticipantsTable } from './participants-table';
import { PrintSheetsMenu } from './print-sheets-menu';
import type { PointOption } from './types';

export type ConferenceParticipantsPanelProps = {
  conferenceId: string;
  /** The conference's connection points (id, name, and whether it has internet). */
  connectionPoints: PointOption[];
  /** Whether the signed-in person manages this conference; the server checks again. */
  canManage: boolean;
};

const pageSize = 50;

/**
 * Đại biểu: the attendance roll-up, the invitation list with search and filters, check-in per
 * row, adding and editing one person, importing a list, and exporting or erasing one person's
 * data. Filters are kept in the panel, not the address bar, because the panel sits inside the
 * conference page.
 */
export function ConferenceParticipantsPanel({ conferenceId, connectionPoints, canManage }: ConferenceParticipantsPanelProps) {
  const t = useT();
  const toast = useToast();
  const [filters, setFilters] = useState<ParticipantFilters>({ q: '', connectionPoint: '', checkedIn: '' });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [erasing, setErasing] = useState<Participant | null>(null);
  const [importing, setImporting] = useState(false);
  const query = useParticipants(conferenceId, { ...filters, page, pageSize });
  const checkIn = useRecordCheckIn(conferenceId);
  const erase = useEraseParticipant(conferenceId);
  const filtered = Boolean(filters.q || filters.connectionPoint || filters.checkedIn);

  const addButtons = canManage && (
    <Group gap="sm">
      <Button variant="default" onClick={() => setImporting(true)}>
        {t('participants.import.open')}
      </Button>
      <Button onClick={() => setEditing('new')}>{t('participants.create.open')}</Button>
    </Group>
  );

  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-labelledby="participants-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={3} fz="lg" id="participants-title">
              {t('participants.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('participants.privacyNote')}{' '}
              <Anchor href={participantTemplateUrl} download size="xs">
                {t('participants.import.template')}
              </Anchor>
            </Text>
          </Stack>
          <Group gap="sm">
            <PrintSheetsMenu conferenceId={conferenceId} point={filters.connectionPoint} />
            {addButtons}
          </Group>
        </Group>

        <AttendanceSummary conferenceId={conferenceId} />

        <div>
          <ParticipantsFilters
            values={filters}
            points={connectionPoints}
            onChange={(changes) => {
              setFilters((f) => ({ ...f, ...changes }));
              setPage(1);
            }}
          />
          {checkIn.error ? <ProblemAlert error={checkIn.error} /> : null}
          <ListState
            query={query}
            empty={
              <EmptyNotice
                title={t(filtered ? 'participants.empty.filtered' : 'participants.empty.none')}
                description={t(filtered ? 'common.empty.searchHint' : canManage ? 'participants.empty.noneHint' : 'participants.empty.noneReadOnly')}
                action={filtered ? undefined : addButtons}
              />
            }
          >
            {(data) => (
              <>
                <ParticipantsTable
                  conferenceId={conferenceId}
                  participants={data.items}
                  points={connectionPoints}
                  canManage={canManage}
                  busyId={checkIn.isPending ? (checkIn.variables?.participantId ?? null) : null}
                  onToggleCheckIn={(p, method) => checkIn.mutate({ participantId: p.id, input: { method } })}
                  onEdit={setEditing}
                  onErase={setErasing}
                />
                <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
              </>
            )}
          </ListState>
        </div>
      </Stack>

      {editing && (
        <ParticipantDialog
          conferenceId={conferenceId}
          points={connectionPoints}
          participant={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            toast(t(editing === 'new' ? 'participants.create.done' : 'common.saved', { name: p.fullName }));
          }}
        />
      )}
      <EraseDialog
        participant={erasing}
        loading={erase.isPending}
        error={erase.error}
        onClose={() => {
          setErasing(null);
          erase.reset();
        }}
        onConfirm={() =>
          erasing &&
          erase.mutate(erasing.id, {
            onSuccess: () => {
              setErasing(null);
              toast(t('participants.erase.done'));
            },
          })
        }
      />
      {importing && <ImportWizard conferenceId={conferenceId} onClose={() => setImporting(false)} />}
    </Paper>
  );
}
