import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Permission } from '../../shared/auth/permissions';
import { PageLoader } from '../components/page-loader';
import { RouteErrorBoundary } from '../components/route-error-boundary';
import { ChangePasswordRoute } from '../features/auth/routes/change-password-route';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { HomeRoute } from './home/home-route';
import {
  AccountNewRoute,
  AccountRoute,
  AccountsRoute,
  AuditRoute,
  AwarenessCard,
  AwarenessRoute,
  CodeSheetRoute,
  ConferenceEditRoute,
  ConferenceForm,
  ConferenceNewRoute,
  ConferenceParticipantsPanel,
  ConferenceParticipantsRoute,
  ConferenceRoute,
  ConferencesRoute,
  HelpRoute,
  IndicatorCatalogueRoute,
  IndicatorCompletenessRoute,
  IndicatorDashboardRoute,
  IndicatorImportRoute,
  IndicatorReportRoute,
  IndicatorReportsRoute,
  IntakeReportReviewRoute,
  IntakeReportsRoute,
  IntakeReviewRoute,
  IntakeRoute,
  OrganisationNewRoute,
  OrganisationRoute,
  OrganisationsRoute,
  ProvinceRoute,
  ProvincesRoute,
  PublicCheckInRoute,
  PublicTestRoute,
  QuestionBankRoute,
  ReportFormsRoute,
  StatisticsRoute,
  FollowupListRoute,
  FollowupItemRoute,
  FollowupNewRoute,
  FollowupEditRoute,
  FollowupMapRoute,
  WorkingVisitsRoute,
  WorkingVisitRoute,
  WorkingVisitNewRoute,
  WorkingVisitEditRoute,
  FollowupImportRoute,
  ProvincialReportRoute,
  TransparencySettingsRoute,
  PublicProvincesRoute,
  PublicProvinceRoute,
} from './lazy-pages';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';
import { AdminOverview } from './routes/admin-overview';
import { NotFound } from './routes/not-found';
import { AppLayout } from './shell/app-layout';

/** A page inside the shell, with its own error boundary and, if given, the permission it needs. */
function page(path: string, element: ReactNode, permission?: Permission): RouteObject {
  const loaded = <Suspense fallback={<PageLoader />}>{element}</Suspense>;
  return {
    path,
    element: permission ? <RequirePermission permission={permission}>{loaded}</RequirePermission> : loaded,
    errorElement: <RouteErrorBoundary />,
  };
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute />, errorElement: <RouteErrorBoundary /> },
  // Phone pages opened from a QR code: no account, no app shell.
  { path: '/k/:token', element: <Suspense fallback={<PageLoader />}><PublicTestRoute /></Suspense>, errorElement: <RouteErrorBoundary /> },
  // The public transparency pages: no account, no app shell, nothing personal.
  { path: '/public', element: <Suspense fallback={<PageLoader />}><PublicProvincesRoute /></Suspense>, errorElement: <RouteErrorBoundary /> },
  { path: '/public/:provinceCode', element: <Suspense fallback={<PageLoader />}><PublicProvinceRoute /></Suspense>, errorElement: <RouteErrorBoundary /> },
  { path: '/d/:token', element: <Suspense fallback={<PageLoader />}><PublicCheckInRoute /></Suspense>, errorElement: <RouteErrorBoundary /> },
  // The printable code slips: signed in, but outside the shell so only the slips print.
  {
    path: '/training/:id/awareness/codes',
    element: (
      <RequireSession>
        <RequirePermission permission="conferences.manage">
          <Suspense fallback={<PageLoader />}>
            <CodeSheetRoute />
          </Suspense>
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
            // Their own boundary: the conference shows at once, these panels join it when loaded.
            <Suspense fallback={null}>
              <ConferenceParticipantsPanel {...p} />
              <AwarenessCard conferenceId={p.conferenceId} />
            </Suspense>
          )}
        />,
        'conferences.read',
      ),
      page('training/:id/awareness', <AwarenessRoute />, 'conferences.read'),
      page('training/:id/participants', <ConferenceParticipantsRoute />, 'conferences.read'),
      page('training/:id/edit', <ConferenceEditRoute />, 'conferences.manage'),
      page('indicators', <IndicatorReportsRoute />, 'indicators.read'),
      page('indicators/reports/:id', <IndicatorReportRoute />, 'indicators.read'),
      page('indicators/completeness', <IndicatorCompletenessRoute />, 'indicators.read'),
      page('indicators/dashboard', <IndicatorDashboardRoute />, 'indicators.read'),
      page('indicators/import', <IndicatorImportRoute />, 'indicators.report'),
      page('indicators/catalogue', <IndicatorCatalogueRoute />, 'indicators.read'),
      page('indicators/forms', <ReportFormsRoute />, 'indicators.read'),
      page('follow-up', <FollowupListRoute />, 'followup.read'),
      page('follow-up/new', <FollowupNewRoute />, 'followup.manage'),
      page('follow-up/map', <FollowupMapRoute />, 'followup.read'),
      page('follow-up/items/:id', <FollowupItemRoute />, 'followup.read'),
      page('follow-up/items/:id/edit', <FollowupEditRoute />, 'followup.manage'),
      page('follow-up/visits', <WorkingVisitsRoute />, 'followup.read'),
      page('follow-up/visits/new', <WorkingVisitNewRoute />, 'followup.manage'),
      page('follow-up/visits/:id', <WorkingVisitRoute />, 'followup.read'),
      page('follow-up/visits/:id/edit', <WorkingVisitEditRoute />, 'followup.manage'),
      page('follow-up/import', <FollowupImportRoute />, 'followup.manage'),
      page('follow-up/report', <ProvincialReportRoute />, 'followup.read'),
      page('follow-up/public', <TransparencySettingsRoute />, 'followup.read'),
      page('intake', <IntakeRoute />, 'conferences.manage'),
      // Reports and lists: the server lets in whoever reports figures or manages follow-up.
      page('intake/reports', <IntakeReportsRoute />),
      page('intake/reports/:id', <IntakeReportReviewRoute />),
      // The review ends in the conference form: the shell hands intake the conferences feature's form.
      page('intake/:id', <IntakeReviewRoute conferenceForm={(p) => <Suspense fallback={<PageLoader />}><ConferenceForm {...p} /></Suspense>} />, 'conferences.manage'),
      page('provinces', <ProvincesRoute />, 'reference.read'),
      page('provinces/:code', <ProvinceRoute />, 'reference.read'),
      page('help', <HelpRoute />),
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
