import { Badge, Group, List, Text } from '@mantine/core';
import type { Conference } from '../../../../../shared/api/conferences';
import { useT } from '../../../../lib/use-t';
import { DetailSection } from './detail-section';
import { describePerson } from './people-text';

/** Lãnh đạo dự: who took part in what role, and at which connection point. */
export function OfficialsList({ conference: c }: { conference: Conference }) {
  const t = useT();
  return (
    <DetailSection title={t('conferences.section.officials')}>
      <List spacing="xs" size="sm" listStyleType="none">
        {c.officials.map((o, i) => {
          const point = o.connectionPointIndex === null ? null : c.connectionPoints[o.connectionPointIndex];
          return (
            <List.Item key={i}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" color="grape" size="sm" radius="sm">
                  {t(`conferences.officialRole.${o.role}`)}
                </Badge>
                <Text size="sm" fw={500}>
                  {describePerson({ rank: o.rank, name: o.name, title: o.title, organisation: o.organisationName })}
                </Text>
                {point && (
                  <Text size="sm" c="dimmed">
                    {t('conferences.officials.atPoint', { point: point.name })}
                  </Text>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </DetailSection>
  );
}
