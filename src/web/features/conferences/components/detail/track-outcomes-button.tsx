import { Anchor, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Conference } from '../../../../../shared/api/conferences';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useT } from '../../../../lib/use-t';
import { useTrackOutcomes } from '../../api/track-outcomes';

type Props = { conference: Conference; tracked: Map<string, string> };

/** "Theo dõi thực hiện": turns the chosen limitations and directions into follow-up items, then links to them. */
export function TrackOutcomesButton({ conference, tracked }: Props) {
  const t = useT();
  const track = useTrackOutcomes();
  const open = conference.outcomes.filter((o) => !tracked.has(o.id));
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const listLink = `/follow-up?conferenceId=${conference.id}`;
  // Once everything is tracked the button becomes a link; the dialog stays mounted to say what was done.
  return (
    <>
      {open.length === 0 ? (
        <Anchor component={Link} to={listLink} size="sm">
          {t('followup.track.openList')}
        </Anchor>
      ) : (
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            track.reset();
            setChosen(open.map((o) => o.id));
            setOpened(true);
          }}
        >
          {t('followup.track.open')}
        </Button>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('followup.track.title')} size="lg">
        <Stack>
          {track.isSuccess ? (
            <>
              <Text size="sm">{t('followup.track.done', { count: track.data.itemIds.length })}</Text>
              <Group justify="flex-end">
                <Button component={Link} to={listLink}>
                  {t('followup.track.openList')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              <Text size="sm">{t('followup.track.intro')}</Text>
              <Checkbox.Group value={chosen} onChange={setChosen}>
                <Stack gap="xs">
                  {open.map((o) => (
                    <Checkbox key={o.id} value={o.id} label={`${t(`conferences.outcomes.${o.kind}.title`)}: ${o.text}`} />
                  ))}
                </Stack>
              </Checkbox.Group>
              {track.error && <ProblemAlert error={track.error} />}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setOpened(false)}>
                  {t('common.cancel')}
                </Button>
                <Button loading={track.isPending} disabled={chosen.length === 0} onClick={() => track.mutate({ conferenceId: conference.id, outcomeIds: chosen })}>
                  {t('followup.track.submit', { count: chosen.length })}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
