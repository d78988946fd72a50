import type { App } from './http/route-types.js';
import { healthRoutes } from './features/health/routes.js';
import { adminUnitRoutes } from './features/admin-units/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { accountRoutes } from './features/accounts/routes.js';
import { organisationRoutes } from './features/organisations/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { conferenceRoutes } from './features/conferences/routes.js';
import { conferenceExportRoutes } from './features/conferences/export-routes.js';
import { conferenceStatsRoutes } from './features/conference-stats/routes.js';
import { participantRoutes } from './features/participants/routes.js';
import { participantSheetRoutes } from './features/participants/sheets/routes.js';
import { awarenessRoutes } from './features/awareness/routes.js';
import { intakeRoutes } from './features/intake/routes.js';
import { intakeReportRoutes } from './features/intake-reports/routes.js';
import { fileRoutes } from './features/files/routes.js';
import { indicatorTransferRoutes } from './features/indicator-transfer/routes.js';
import { indicatorRoutes } from './features/indicators/routes.js';
import { indicatorDashboardRoutes } from './features/indicator-dashboards/routes.js';
import { indicatorReportRoutes } from './features/indicator-reports/routes.js';
import { followupRoutes } from './features/followup/routes.js';
import { workingVisitRoutes } from './features/working-visits/routes.js';
import { followupTransferRoutes } from './features/followup-transfer/routes.js';
import { provincialReportRoutes } from './features/provincial-reports/routes.js';
import { transparencyRoutes } from './features/transparency/routes.js';

/** The API, one plugin per feature; each declares its own paths under /api. */
export async function apiRoutes(app: App) {
  // What the API answers is someone's data (rosters with contacts, accounts, drafts): no browser
  // or proxy cache keeps a copy unless a route says otherwise.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(adminUnitRoutes);
  await app.register(accountRoutes);
  await app.register(organisationRoutes);
  await app.register(auditRoutes);
  await app.register(conferenceRoutes);
  await app.register(conferenceExportRoutes);
  await app.register(participantRoutes);
  await app.register(participantSheetRoutes);
  await app.register(conferenceStatsRoutes);
  await app.register(awarenessRoutes);
  await app.register(intakeRoutes);
  await app.register(intakeReportRoutes);
  await app.register(fileRoutes);
  await app.register(indicatorTransferRoutes);
  await app.register(indicatorRoutes);
  await app.register(indicatorDashboardRoutes);
  await app.register(indicatorReportRoutes);
  await app.register(followupRoutes);
  await app.register(workingVisitRoutes);
  await app.register(followupTransferRoutes);
  await app.register(provincialReportRoutes);
  await app.register(transparencyRoutes);
}
