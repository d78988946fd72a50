import type { Permission } from '../../../shared/auth/permissions';

export type AreaKey =
  | 'training'
  | 'trainingStatistics'
  | 'trainingQuestions'
  | 'indicators'
  | 'indicatorDashboard'
  | 'indicatorCompleteness'
  | 'indicatorImport'
  | 'indicatorCatalogue'
  | 'followUp'
  | 'followUpMap'
  | 'followUpVisits'
  | 'followUpImport'
  | 'followUpReport'
  | 'followUpPublic'
  | 'intake'
  | 'intakeReports'
  | 'admin'
  | 'provinces'
  | 'accounts'
  | 'organisations'
  | 'audit';

export type NavItem = {
  key: AreaKey;
  to: string;
  /** Shown only to roles holding it; no permission means every signed-in user. */
  permission?: Permission;
  children?: NavItem[];
};

/** Administration pages, each behind the permission its API needs. */
export const adminItems: NavItem[] = [
  { key: 'accounts', to: '/admin/accounts', permission: 'accounts.read' },
  { key: 'organisations', to: '/admin/organisations', permission: 'reference.read' },
  { key: 'audit', to: '/admin/audit', permission: 'audit.read' },
];

/** The five areas of the system, in the order the Standing Office's work flows. */
export const areaItems: NavItem[] = [
  {
    key: 'training',
    to: '/training',
    permission: 'conferences.read',
    children: [
      { key: 'trainingStatistics', to: '/training/statistics', permission: 'conferences.read' },
      { key: 'trainingQuestions', to: '/training/questions', permission: 'conferences.read' },
    ],
  },
  {
    key: 'indicators',
    to: '/indicators',
    permission: 'indicators.read',
    children: [
      { key: 'indicatorDashboard', to: '/indicators/dashboard', permission: 'indicators.read' },
      { key: 'indicatorCompleteness', to: '/indicators/completeness', permission: 'indicators.read' },
      { key: 'indicatorImport', to: '/indicators/import', permission: 'indicators.report' },
      { key: 'indicatorCatalogue', to: '/indicators/catalogue', permission: 'indicators.read' },
    ],
  },
  {
    key: 'followUp',
    to: '/follow-up',
    permission: 'followup.read',
    children: [
      { key: 'followUpMap', to: '/follow-up/map', permission: 'followup.read' },
      { key: 'followUpVisits', to: '/follow-up/visits', permission: 'followup.read' },
      { key: 'followUpImport', to: '/follow-up/import', permission: 'followup.manage' },
      { key: 'followUpReport', to: '/follow-up/report', permission: 'followup.read' },
      { key: 'followUpPublic', to: '/follow-up/public', permission: 'followup.read' },
    ],
  },
  {
    key: 'intake',
    to: '/intake',
    permission: 'conferences.manage',
    children: [{ key: 'intakeReports', to: '/intake/reports', permission: 'indicators.report' }],
  },
  { key: 'admin', to: '/admin', children: adminItems },
];

/** Reference lists every role consults. */
export const referenceItems: NavItem[] = [{ key: 'provinces', to: '/provinces', permission: 'reference.read' }];

/** The items a role may see; a group with no visible child disappears with them. */
export function visibleItems(items: NavItem[], allowed: (p: Permission) => boolean): NavItem[] {
  return items.flatMap((item) => {
    if (item.permission && !allowed(item.permission)) return [];
    if (!item.children) return [item];
    const children = visibleItems(item.children, allowed);
    return children.length ? [{ ...item, children }] : [];
  });
}
