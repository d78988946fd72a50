import { Anchor, Group, Stack, Switch, Text } from '@mantine/core';
import { awarenessPhases, type AwarenessPlan } from '../../../../shared/api/awareness';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useSetPhase } from '../api/set-phase';
import { QrImage } from './qr-image';
import { Section } from './section';

export const publicTestUrl = (token: string) => `${window.location.origin}/k/${token}`;

/** The public link with its QR, and a switch per phase (pre-test, post-test, survey). */
export function PhasesSection({ plan, canManage }: { plan: AwarenessPlan; canManage: boolean }) {
  const t = useT();
  const setPhase = useSetPhase(plan.conferenceId);
  const url = plan.publicToken ? publicTestUrl(plan.publicToken) : null;
  return (
    <Section id="awareness-phases" title={t('awareness.phases.title')} description={t('awareness.phases.description')}>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack gap="sm" style={{ flex: '1 1 260px' }}>
          {awarenessPhases.map((phase) => (
            <Switch
              key={phase}
              size="md"
              label={t(`awareness.phase.${phase}`)}
              description={t('awareness.phases.responses', { count: plan.responses[phase] })}
              checked={plan.phases[phase]}
              disabled={!canManage || setPhase.isPending}
              onChange={(e) => setPhase.mutate({ phase, open: e.currentTarget.checked })}
            />
          ))}
          {setPhase.error ? <ProblemAlert error={setPhase.error} /> : null}
          <Text size="sm" c="dimmed">
            {t('awareness.phases.codes', { count: plan.codesIssued, formatted: formatNumber(plan.codesIssued) })}
          </Text>
        </Stack>
        {url ? (
          <Stack gap="xs" align="center">
            <QrImage value={url} size={180} label={t('awareness.phases.qr')} />
            <Anchor href={url} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }} data-testid="public-link">
              {url}
            </Anchor>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" style={{ flex: '1 1 200px' }}>
            {t('awareness.phases.noLink')}
          </Text>
        )}
      </Group>
    </Section>
  );
}
