import { List, Stack, Text } from '@mantine/core';
import type { Conference } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { ThemeBadges } from '../theme-badges';
import { DetailSection } from './detail-section';
import { describePerson } from './people-text';

/** Chuyên đề: the topics in order, their rights themes, who presented and for how long. */
export function AgendaList({ conference: c }: { conference: Conference }) {
  const t = useT();
  return (
    <DetailSection title={t('conferences.section.agenda')}>
      <List type="ordered" spacing="sm" size="sm">
        {c.agenda.map((a) => {
          const speaker = describePerson({ rank: a.speakerRank, name: a.speakerName, title: a.speakerTitle, organisation: a.speakerOrganisationName });
          return (
            <List.Item key={a.id}>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {a.title}
                </Text>
                <ThemeBadges themes={a.themes} />
                {(speaker || a.durationMinutes) && (
                  <Text size="sm" c="dimmed">
                    {[speaker && t('conferences.agenda.presentedBy', { speaker }), a.durationMinutes && t('conferences.agenda.minutes', { minutes: formatNumber(a.durationMinutes) })]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </DetailSection>
  );
}
