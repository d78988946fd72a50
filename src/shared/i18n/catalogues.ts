import vi from './vi.json';
import en from './en.json';
import indicatorsVi from './indicators/vi.json';
import indicatorsEn from './indicators/en.json';
import indicatorReportsVi from './indicator-reports/vi.json';
import indicatorReportsEn from './indicator-reports/en.json';
import indicatorDashboardsVi from './indicator-dashboards/vi.json';
import indicatorDashboardsEn from './indicator-dashboards/en.json';
import indicatorTransferVi from './indicator-transfer/vi.json';
import indicatorTransferEn from './indicator-transfer/en.json';
import followupVi from './followup/vi.json';
import followupEn from './followup/en.json';
import workingVisitsVi from './working-visits/vi.json';
import workingVisitsEn from './working-visits/en.json';
import followupTransferVi from './followup-transfer/vi.json';
import followupTransferEn from './followup-transfer/en.json';
import provincialReportsVi from './provincial-reports/vi.json';
import provincialReportsEn from './provincial-reports/en.json';
import transparencyVi from './transparency/vi.json';
import transparencyEn from './transparency/en.json';
import intakeReportsVi from './intake-reports/vi.json';
import intakeReportsEn from './intake-reports/en.json';

/**
 * The UI's messages: the shared catalogue, and one file pair per newer feature so that each
 * feature's texts sit together and people working on different features do not edit one file.
 * Keys are dotted by feature, so the parts never overlap (the i18n test checks it).
 */
export const catalogueParts = {
  vi: [vi, indicatorsVi, indicatorReportsVi, indicatorDashboardsVi, indicatorTransferVi, followupVi, workingVisitsVi, followupTransferVi, provincialReportsVi, transparencyVi, intakeReportsVi],
  en: [en, indicatorsEn, indicatorReportsEn, indicatorDashboardsEn, indicatorTransferEn, followupEn, workingVisitsEn, followupTransferEn, provincialReportsEn, transparencyEn, intakeReportsEn],
} as const;

export const viMessages = Object.assign({}, ...catalogueParts.vi) as typeof vi &
  typeof indicatorsVi &
  typeof indicatorReportsVi &
  typeof indicatorDashboardsVi &
  typeof indicatorTransferVi &
  typeof followupVi &
  typeof workingVisitsVi &
  typeof followupTransferVi &
  typeof provincialReportsVi &
  typeof transparencyVi &
  typeof intakeReportsVi;
export const enMessages = Object.assign({}, ...catalogueParts.en) as Record<keyof typeof viMessages, string>;
