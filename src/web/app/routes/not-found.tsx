import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function NotFound() {
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1} size="h2">
          <FormattedMessage id="errors.pageNotFound.title" />
        </Title>
        <Text c="dimmed">
          <FormattedMessage id="errors.pageNotFound.hint" />
        </Text>
        <Button component={Link} to="/">
          <FormattedMessage id="common.backHome" />
        </Button>
      </Stack>
    </Container>
  );
}
