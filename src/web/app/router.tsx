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
import { ConferenceForm } from '../features/conferences/components/form/conference-form';
import { IntakeReviewRoute } from '../features/intake/routes/intake-review-route';
import { IntakeRoute } from '../features/intake/routes/intake-route';
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
import { AwarenessCard } from '../features/awareness/components/awareness-card';
import { AwarenessRoute } from '../features/awareness/routes/awareness-route';
import { CodeSheetRoute } from '../features/awareness/routes/code-sheet-route';
import { PublicCheckInRoute } from '../features/awareness/routes/public-check-in-route';
import { PublicTestRoute } from '../features/awareness/routes/public-test-route';
import { QuestionBankRoute } from '../features/awareness/routes/question-bank-route';

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
  // Phone pages opened from a QR code: no account, no app shell.
  { path: '/k/:token', element: <PublicTestRoute />, errorElement: <RouteErrorBoundary /> },
  { path: '/d/:token', element: <PublicCheckInRoute />, errorElement: <RouteErrorBoundary /> },
  // The printable code slips: signed in, but outside the shell so only the slips print.
  {
    path: '/training/:id/awareness/codes',
    element: (
      <RequireSession>
        <RequirePermission permission="conferences.manage">
          <CodeSheetRoute />
        </RequirePermission>
      </RequireSession>
    ),
    errorElement: <RouteErrorBoundary />,
  },
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
      page('training/questions', <QuestionBankRoute />, 'conferences.read'),
      page(
        'training/:id',
        <ConferenceRoute
          participants={(p) => (
            <>
              <ConferenceParticipantsPanel {...p} />
              <AwarenessCard conferenceId={p.conferenceId} />
            </>
          )}
        />,
        'conferences.read',
      ),
      page('training/:id/awareness', <AwarenessRoute />, 'conferences.read'),
      page('training/:id/participants', <ConferenceParticipantsRoute />, 'conferences.read'),
      page('training/:id/edit', <ConferenceEditRoute />, 'conferences.manage'),
      page('indicators', <UnderConstruction area="indicators" />),
      page('follow-up', <UnderConstruction area="followUp" />),
      page('intake', <IntakeRoute />, 'conferences.manage'),
      // The review ends in the conference form: the shell hands intake the conferences feature's form.
      page('intake/:id', <IntakeReviewRoute conferenceForm={(p) => <ConferenceForm {...p} />} />, 'conferences.manage'),
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
