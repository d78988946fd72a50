import { Badge, Group } from '@mantine/core';
import { rightsThemes, type RightsTheme } from '../../../../shared/api/conferences';
import { useT } from '../../../lib/use-t';

const isTheme = (value: string): value is RightsTheme => (rightsThemes as readonly string[]).includes(value);

/** The rights themes of a topic or a conference, in words. */
export function ThemeBadges({ themes }: { themes: readonly string[] }) {
  const t = useT();
  const known = themes.filter(isTheme);
  if (known.length === 0) return null;
  return (
    <Group gap={6}>
      {known.map((theme) => (
        <Badge key={theme} variant="outline" color="indigo" size="md" radius="sm" style={{ whiteSpace: 'normal', height: 'auto' }}>
          {t(`conferences.theme.${theme}`)}
        </Badge>
      ))}
    </Group>
  );
}
