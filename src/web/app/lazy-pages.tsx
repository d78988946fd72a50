import { lazy, type ComponentType } from 'react';

/**
 * Every feature page is its own chunk, fetched when first visited: a participant opening a test
 * link on a phone downloads that page, not the charts, forms and maps of the whole app.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: each page keeps its own prop types
function page<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const accounts = () => import('../features/accounts/pages');
const awareness = () => import('../features/awareness/pages');
const conferences = () => import('../features/conferences/pages');
const indicators = () => import('../features/indicators/pages');
const indicatorReports = () => import('../features/indicator-reports/pages');
const indicatorDashboards = () => import('../features/indicator-dashboards/pages');
const indicatorTransfer = () => import('../features/indicator-transfer/pages');
const intake = () => import('../features/intake/pages');
const intakeReports = () => import('../features/intake-reports/pages');
const followup = () => import('../features/followup/pages');
const workingVisits = () => import('../features/working-visits/pages');
const followupTransfer = () => import('../features/followup-transfer/pages');
const provincialReports = () => import('../features/provincial-reports/pages');
const transparency = () => import('../features/transparency/pages');
const organisations = () => import('../features/organisations/pages');
const participants = () => import('../features/participants/pages');
const provinces = () => import('../features/provinces/pages');

export const AccountNewRoute = page(accounts, 'AccountNewRoute');
export const AccountRoute = page(accounts, 'AccountRoute');
export const AccountsRoute = page(accounts, 'AccountsRoute');
export const AuditRoute = page(() => import('../features/audit/routes/audit-route'), 'AuditRoute');
export const AwarenessCard = page(awareness, 'AwarenessCard');
export const AwarenessRoute = page(awareness, 'AwarenessRoute');
export const CodeSheetRoute = page(awareness, 'CodeSheetRoute');
export const PublicCheckInRoute = page(() => import('../features/awareness/routes/public-check-in-route'), 'PublicCheckInRoute');
export const PublicTestRoute = page(() => import('../features/awareness/routes/public-test-route'), 'PublicTestRoute');
export const QuestionBankRoute = page(awareness, 'QuestionBankRoute');
export const ConferenceEditRoute = page(conferences, 'ConferenceEditRoute');
export const ConferenceForm = page(conferences, 'ConferenceForm');
export const ConferenceNewRoute = page(conferences, 'ConferenceNewRoute');
export const ConferenceRoute = page(conferences, 'ConferenceRoute');
export const ConferencesRoute = page(conferences, 'ConferencesRoute');
export const HelpRoute = page(() => import('../features/help/pages'), 'HelpRoute');
export const IndicatorCatalogueRoute = page(indicators, 'IndicatorCatalogueRoute');
export const ReportFormsRoute = page(indicators, 'ReportFormsRoute');
export const IndicatorReportsRoute = page(indicatorReports, 'IndicatorReportsRoute');
export const IndicatorReportRoute = page(indicatorReports, 'IndicatorReportRoute');
export const IndicatorCompletenessRoute = page(indicatorReports, 'IndicatorCompletenessRoute');
export const IndicatorDashboardRoute = page(indicatorDashboards, 'IndicatorDashboardRoute');
export const IndicatorImportRoute = page(indicatorTransfer, 'IndicatorImportRoute');
export const IntakeReviewRoute = page(intake, 'IntakeReviewRoute');
export const IntakeRoute = page(intake, 'IntakeRoute');
export const IntakeReportsRoute = page(intakeReports, 'IntakeReportsRoute');
export const IntakeReportReviewRoute = page(intakeReports, 'IntakeReportReviewRoute');
export const OrganisationNewRoute = page(organisations, 'OrganisationNewRoute');
export const OrganisationRoute = page(organisations, 'OrganisationRoute');
export const OrganisationsRoute = page(organisations, 'OrganisationsRoute');
export const ConferenceParticipantsPanel = page(participants, 'ConferenceParticipantsPanel');
export const ConferenceParticipantsRoute = page(participants, 'ConferenceParticipantsRoute');
export const ProvinceRoute = page(provinces, 'ProvinceRoute');
export const ProvincesRoute = page(provinces, 'ProvincesRoute');
export const StatisticsRoute = page(() => import('../features/statistics/routes/statistics-route'), 'StatisticsRoute');
export const FollowupListRoute = page(followup, 'FollowupListRoute');
export const FollowupItemRoute = page(followup, 'FollowupItemRoute');
export const FollowupNewRoute = page(followup, 'FollowupNewRoute');
export const FollowupEditRoute = page(followup, 'FollowupEditRoute');
export const FollowupMapRoute = page(followup, 'FollowupMapRoute');
export const WorkingVisitsRoute = page(workingVisits, 'WorkingVisitsRoute');
export const WorkingVisitRoute = page(workingVisits, 'WorkingVisitRoute');
export const WorkingVisitNewRoute = page(workingVisits, 'WorkingVisitNewRoute');
export const WorkingVisitEditRoute = page(workingVisits, 'WorkingVisitEditRoute');
export const FollowupImportRoute = page(followupTransfer, 'FollowupImportRoute');
export const ProvincialReportRoute = page(provincialReports, 'ProvincialReportRoute');
export const TransparencySettingsRoute = page(transparency, 'TransparencySettingsRoute');
export const PublicProvincesRoute = page(transparency, 'PublicProvincesRoute');
export const PublicProvinceRoute = page(transparency, 'PublicProvinceRoute');
