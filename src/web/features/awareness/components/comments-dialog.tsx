import { Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { useT } from '../../../lib/use-t';
import { useComments } from '../api/list-comments';
import { CommentList } from './comment-list';

type Point = { id: string; name: string };
const pageSize = 20;

/** Every comment of the survey, newest first, a page at a time, optionally those of one point's codes. */
export function CommentsDialog({ conferenceId, points, onClose }: { conferenceId: string; points: Point[]; onClose: () => void }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [point, setPoint] = useState<string | null>(null);
  const query = useComments(conferenceId, { page, pageSize, connectionPoint: point ?? undefined });
  const pointOptions = [...points.map((p) => ({ value: p.id, label: p.name })), { value: 'none', label: t('awareness.codes.wholeConference') }];

  return (
    <Modal opened onClose={onClose} title={t('awareness.comments.allTitle')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('awareness.comments.anonymous')}
        </Text>
        {points.length > 0 && (
          <Select
            label={t('awareness.codes.point')}
            placeholder={t('awareness.comments.allPoints')}
            clearable
            data={pointOptions}
            value={point}
            onChange={(v) => {
              setPoint(v);
              setPage(1);
            }}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <ListState query={query} empty={<EmptyNotice title={t('awareness.comments.empty')} />}>
          {(data) => (
            <>
              <CommentList comments={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Stack>
    </Modal>
  );
}
