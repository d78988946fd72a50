/**
 * Roles and what each may do. Shared by the server (which enforces) and the web app
 * (which only hides what the server would refuse anyway).
 */
export const roles = [
  'national_admin',
  'national_officer',
  'provincial_secretariat',
  'agency_reporter',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

/** National roles see every province; the others are bound to the province on their account. */
export const nationalRoles: readonly Role[] = ['national_admin', 'national_officer'];
export const isNationalRole = (role: Role): boolean => nationalRoles.includes(role);

export const permissions = [
  'reference.read',
  'organisations.manage',
  'accounts.read',
  'accounts.manage',
  'audit.read',
  'conferences.read',
  'conferences.manage',
  /** Read indicator reports, dashboards and the catalogue (within the account's reach). */
  'indicators.read',
  /** Enter, import and submit the reports of the units within reach. */
  'indicators.report',
  /** Approve, return and reopen the reports of the level below. */
  'indicators.approve',
  /** Edit the indicator catalogue, report forms and rules between indicators. */
  'indicators.catalogue',
  /** Read follow-up items, working visits and provincial reports (within the account's reach). */
  'followup.read',
  /** Create, edit, assign and import follow-up items and working visits; build provincial reports. */
  'followup.manage',
  /** Record progress and change the status of the items one's own body leads (see followup-access.ts). */
  'followup.progress',
  /** Publish or withdraw a province's public transparency page. */
  'transparency.publish',
] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  national_admin: [
    'reference.read',
    'organisations.manage',
    'accounts.read',
    'accounts.manage',
    'audit.read',
    'conferences.read',
    'conferences.manage',
    'indicators.read',
    'indicators.report',
    'indicators.approve',
    'indicators.catalogue',
    'followup.read',
    'followup.manage',
    'followup.progress',
    'transparency.publish',
  ],
  // The Standing Office's officers check and approve what the provinces report.
  // They also track Vietnam's international obligations and the provinces' follow-up.
  national_officer: [
    'reference.read',
    'accounts.read',
    'conferences.read',
    'indicators.read',
    'indicators.approve',
    'followup.read',
    'followup.manage',
    'followup.progress',
  ],
  provincial_secretariat: [
    'reference.read',
    'organisations.manage',
    'accounts.read',
    'accounts.manage',
    'audit.read',
    'conferences.read',
    'conferences.manage',
    'indicators.read',
    'indicators.report',
    'indicators.approve',
    'followup.read',
    'followup.manage',
    'followup.progress',
    'transparency.publish',
  ],
  // An agency reporter enters the trainings its agency holds, in its own province,
  // and reports its agency's figures to the province.
  // It also reports progress on the follow-up items its agency leads or co-operates on.
  agency_reporter: [
    'reference.read',
    'conferences.read',
    'conferences.manage',
    'indicators.read',
    'indicators.report',
    'followup.read',
    'followup.progress',
  ],
  viewer: ['reference.read', 'conferences.read', 'indicators.read', 'followup.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/**
 * Which roles an account manager may hand out, and so which accounts it may manage: only an
 * administrator of the level above. The Standing Office's administrators manage every account
 * (a province's secretariat included); a province's secretariat manages its reporters and
 * viewers, never a peer's account or a national one.
 */
export function assignableRoles(managerRole: Role): readonly Role[] {
  if (managerRole === 'national_admin') return roles;
  if (managerRole === 'provincial_secretariat') return ['agency_reporter', 'viewer'];
  return [];
}
