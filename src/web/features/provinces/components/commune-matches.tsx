import { Anchor, List, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CommuneSearch } from '../api/search-communes';

/**
 * The communes a search on the Địa bàn page found, each with its province (linking to the
 * province's page filtered on it) and, when found by an old name, where that old commune was.
 */
export function CommuneMatches({ found }: { found: CommuneSearch }) {
  const intl = useIntl();
  return (
    <section aria-labelledby="commune-matches-title">
      <Title order={2} fz="lg" id="commune-matches-title" mb="xs">
        {intl.formatMessage({ id: 'provinces.communeMatches.title' }, { total: found.total })}
      </Title>
      <List spacing={6} listStyleType="none" mb="lg" p={0}>
        {found.items.map((c) => (
          <List.Item key={c.code}>
            <Anchor component={Link} to={`/provinces/${c.province.code}?q=${encodeURIComponent(c.name)}`} fw={600}>
              {c.fullName}
            </Anchor>
            <Text span>{`, ${c.province.name}`}</Text>
            {c.formerly && (
              <Text span c="dimmed" size="sm">
                {' '}
                {intl.formatMessage(
                  { id: 'provinces.communeMatches.formerly' },
                  { name: c.formerly.fullName, place: [c.formerly.district, c.formerly.province].filter(Boolean).join(', ') },
                )}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {found.total > found.items.length && (
        <Text size="sm" c="dimmed" mb="lg">
          {intl.formatMessage({ id: 'provinces.communeMatches.more' }, { shown: found.items.length })}
        </Text>
      )}
    </section>
  );
}
