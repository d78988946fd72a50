import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import type { CurrentUser } from '../../shared/api/auth';
import { useTitleFromHeading } from '../components/page-title';
import { ToastProvider } from '../components/toast/toast-provider';
import { configureApiClient } from '../lib/api-client';
import { currentUserQueryKey } from '../lib/current-user';
import { createQueryClient } from '../lib/query-client';
import { LocaleProvider } from './locale-provider';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient();
const router = createAppRouter();

// Session problems change the cached user; the session layout reacts by sending the
// person to the sign-in or change-password page, wherever the failing request came from.
configureApiClient({
  onUnauthenticated: () => queryClient.setQueryData(currentUserQueryKey, null),
  onPasswordChangeRequired: () =>
    queryClient.setQueryData<CurrentUser | null>(currentUserQueryKey, (user) => (user ? { ...user, mustChangePassword: true } : user)),
});

/** Names the tab after the page's h1 wherever a page does not name it itself. */
function TabTitles() {
  useTitleFromHeading('rights-desk');
  return null;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <ToastProvider>
            <TabTitles />
            <RouterProvider router={router} />
          </ToastProvider>
        </MantineProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
