import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Permission } from '../../shared/auth/permissions';
import { RouteErrorBoundary } from '../components/route-error-boundary';
import { AccountNewRoute } from '../features/accounts/routes/account-new-route';
import { AccountRoute } from '../features/accounts/routes/account-route';
import { AccountsRoute } from '../features/accounts/routes/accounts-route';
import { AuditRoute } from '../features/audit/routes/audit-route';
import { ChangePasswordRoute } from '../features/auth/routes/change-password-route';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { ConferenceEditRoute } from '../features/conferences/routes/conference-edit-route';
import { ConferenceNewRoute } from '../features/conferences/routes/conference-new-route';
import { ConferenceRoute } from '../features/conferences/routes/conference-route';
import { ConferencesRoute } from '../features/conferences/routes/conferences-route';
import { OrganisationNewRoute } from '../features/organisations/routes/organisation-new-route';
import { OrganisationRoute } from '../features/organisations/routes/organisation-route';
import { OrganisationsRoute } from '../features/organisations/routes/organisations-route';
import { ProvinceRoute } from '../features/provinces/routes/province-route';
import { ProvincesRoute } from '../features/provinces/routes/provinces-route';
import { StatisticsRoute } from '../features/statistics/routes/statistics-route';
import { HomeRoute } from './home/home-route';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';
import { AdminOverview } from './routes/admin-overview';
import { NotFound } from './routes/not-found';
import { UnderConstruction } from './routes/under-construction';
import { AppLayout } from './shell/app-layout';
import { ConferenceParticipantsPanel } from '../features/participants/components/conference-participants-panel';
import { ConferenceParticipantsRoute } from '../features/participants/routes/conference-participants-route';

/** A page inside the shell, with its own error boundary and, if given, the permission it needs. */
function page(path: string, element: ReactNode, permission?: Permission): RouteObject {
  return {
    path,
    element: permission ? <RequirePermission permission={permission}>{element}</RequirePermission> : element,
    errorElement: <RouteErrorBoundary />,
  };
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute />, errorElement: <RouteErrorBoundary /> },
  {
    path: '/change-password',
    element: (
      <RequireSession allowPendingPasswordChange>
        <ChangePasswordRoute />
      </RequireSession>
    ),
    errorElement: <RouteErrorBoundary />,
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <HomeRoute />, errorElement: <RouteErrorBoundary /> },
      page('training', <ConferencesRoute />, 'conferences.read'),
      page('training/new', <ConferenceNewRoute />, 'conferences.manage'),
      page('training/statistics', <StatisticsRoute />, 'conferences.read'),
      page('training/:id', <ConferenceRoute participants={(p) => <ConferenceParticipantsPanel {...p} />} />, 'conferences.read'),
      page('training/:id/participants', <ConferenceParticipantsRoute />, 'conferences.read'),
      page('training/:id/edit', <ConferenceEditRoute />, 'conferences.manage'),
      page('indicators', <UnderConstruction area="indicators" />),
      page('follow-up', <UnderConstruction area="followUp" />),
      page('intake', <UnderConstruction area="intake" />),
      page('provinces', <ProvincesRoute />, 'reference.read'),
      page('provinces/:code', <ProvinceRoute />, 'reference.read'),
      page('admin', <AdminOverview />),
      page('admin/accounts', <AccountsRoute />, 'accounts.read'),
      page('admin/accounts/new', <AccountNewRoute />, 'accounts.manage'),
      page('admin/accounts/:id', <AccountRoute />, 'accounts.read'),
      page('admin/organisations', <OrganisationsRoute />, 'reference.read'),
      page('admin/organisations/new', <OrganisationNewRoute />, 'organisations.manage'),
      page('admin/organisations/:id', <OrganisationRoute />, 'reference.read'),
      page('admin/audit', <AuditRoute />, 'audit.read'),
      page('*', <NotFound />),
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
