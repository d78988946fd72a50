import { Button, Container, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { Link, isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { ProblemAlert } from './problem-alert';

/**
 * Every route's error element: a failure in one page leaves the header and navigation
 * working. "Thử lại" forgets the failed queries and renders the page again.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Container size="sm" py="xl">
        <Stack>
          <Title order={1} size="h2">
            <FormattedMessage id="errors.pageNotFound.title" />
          </Title>
          <Group>
            <Button component={Link} to="/">
              <FormattedMessage id="common.backHome" />
            </Button>
          </Group>
        </Stack>
      </Container>
    );
  }

  const retry = () => {
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    // A new history entry for the same address makes the router render the route again.
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: { retriedAt: Date.now() } },
    );
  };

  return (
    <Container size="md" py="xl">
      <ProblemAlert error={error} onRetry={retry} />
    </Container>
  );
}
