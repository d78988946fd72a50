import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { FollowupItem } from '../../../../../shared/api/followup';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { Section } from '../section';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{children}</div>
    </Stack>
  );
}

const list = (values: string[]) => (values.length ? values.join('; ') : null);

/** Every field the item has, the ones of its kind included (UPR, treaty body, plan, conference, visit). */
export function ItemFacts({ item }: { item: FollowupItem }) {
  const t = useT();
  const facts: [string, ReactNode][] = [
    [t('followup.field.leadOrganisation'), item.leadOrganisation?.name],
    [t('followup.field.cooperating'), list(item.cooperatingOrganisations.map((o) => o.name))],
    [t('followup.field.province'), item.provinceName ?? t('common.national')],
    [t('followup.field.itemDate'), formatDate(item.itemDate)],
    [t('followup.field.dueDate'), formatDate(item.dueDate) || t('followup.detail.noDue')],
    [t('followup.field.nature'), item.nature && t(`followup.nature.${item.nature}`)],
  ];
  if (item.kind === 'upr') {
    facts.push(
      [t('followup.field.uprCycle'), item.uprCycle && t('followup.upr.cycleName', { cycle: item.uprCycle })],
      [t('followup.field.paragraph'), item.paragraph],
      [t('followup.field.recommendingStates'), list(item.recommendingStates)],
      [t('followup.field.uprPosition'), item.uprPosition && t(`followup.upr.position.${item.uprPosition}`)],
    );
  }
  if (item.kind === 'treaty') {
    facts.push(
      [t('followup.field.treaty'), item.treaty && t(`followup.treaty.${item.treaty}`)],
      [t('followup.field.session'), item.session],
      [t('followup.field.paragraph'), item.paragraph],
    );
  }
  if (item.kind === 'plan') {
    facts.push(
      [t('followup.field.planNumber'), item.planNumber],
      [t('followup.field.planDate'), formatDate(item.planDate)],
      [t('followup.field.planTitle'), item.planTitle],
    );
  }
  if (item.conferenceId) {
    facts.push([t('followup.field.conference'), <Anchor component={Link} to={`/training/${item.conferenceId}`} size="sm">{item.conferenceTitle ?? t('followup.detail.openConference')}</Anchor>]);
  }
  if (item.visitId) {
    facts.push([t('followup.field.visit'), <Anchor component={Link} to={`/follow-up/visits/${item.visitId}`} size="sm">{item.visitTitle ?? t('followup.detail.openVisit')}</Anchor>]);
  }
  if (item.parent) {
    facts.push([
      t('followup.field.parent'),
      <Anchor component={Link} to={`/follow-up/items/${item.parent.id}`} size="sm" lineClamp={2}>
        {[item.parent.reference, item.parent.text].filter(Boolean).join(' — ')}
      </Anchor>,
    ]);
  }
  facts.push([t('followup.field.affectedPersons'), list(item.affectedPersons)]);

  return (
    <Section title={t('followup.section.facts')}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {item.text}
      </Text>
      {(item.themes.length > 0 || item.sdgs.length > 0) && (
        <Group gap={6}>
          {item.themes.map((th) => (
            <Badge key={th} variant="light" color="teal" size="sm" tt="none">
              {t(`conferences.theme.${th}` as 'conferences.theme.children')}
            </Badge>
          ))}
          {item.sdgs.map((s) => (
            <Badge key={s} variant="light" color="blue" size="sm" tt="none">
              {t('followup.sdg', { target: s })}
            </Badge>
          ))}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        {facts
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([label, value]) => (
            <Fact key={label} label={label}>
              {value}
            </Fact>
          ))}
      </SimpleGrid>
      {item.closingNote && (
        <Fact label={t('followup.field.closingNote')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.closingNote}
          </Text>
        </Fact>
      )}
    </Section>
  );
}
