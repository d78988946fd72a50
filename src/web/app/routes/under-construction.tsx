import { Alert, Container, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { PageHeader } from '../../components/page-header';
import type { AreaKey } from '../shell/nav-items';

/** Placeholder for an area whose feature is still being built: says what it will do. */
export function UnderConstruction({ area }: { area: AreaKey }) {
  const intl = useIntl();
  return (
    <Container size="md" px={0}>
      <PageHeader title={intl.formatMessage({ id: `nav.${area}` })} />
      <Alert variant="light" color="yellow" title={intl.formatMessage({ id: 'areas.underConstruction' })}>
        <Text size="sm">
          <FormattedMessage id={`areas.${area}.description`} />
        </Text>
      </Alert>
    </Container>
  );
}
