import type { MessageId } from '../../../lib/messages';

/** Record kinds and actions the server writes today; others are shown as written. */
export const auditEntityTypes = [
  'user',
  'organisation',
  'conference',
  'participant',
  'participant_list',
  'awareness_codes',
  'awareness_phase',
  'awareness_plan',
  'awareness_question',
  'check_in_link',
  'intake_document',
  'stored_file',
  'backup',
  'client_address',
  'indicator',
  'indicator_rule',
  'report_form',
  'indicator_report',
] as const;
export const auditActions = [
  'create',
  'update',
  'delete',
  'disable',
  'enable',
  'password_reset',
  'password_change',
  'login',
  'login_failed',
  'login_locked',
  'logout',
  'restore',
  'erase',
  'import',
  'upload',
  'drop',
  'confirm',
  'issue_link',
  'move_out',
  'open',
  'close',
  'submit',
  'return',
  'approve',
  'reopen',
] as const;

export function entityTypeLabelId(type: string): MessageId | null {
  return (auditEntityTypes as readonly string[]).includes(type) ? (`audit.entity.${type}` as MessageId) : null;
}

export function actionLabelId(action: string): MessageId | null {
  return (auditActions as readonly string[]).includes(action) ? (`audit.action.${action}` as MessageId) : null;
}

/** Where the record of an entry can be opened, while it still exists. */
export function recordPath(entityType: string, entityId: string): string | null {
  if (entityType === 'user') return `/admin/accounts/${entityId}`;
  if (entityType === 'organisation') return `/admin/organisations/${entityId}`;
  if (entityType === 'conference') return `/training/${entityId}`;
  if (entityType === 'intake_document') return `/intake/${entityId}`;
  if (entityType === 'indicator_report') return `/indicators/reports/${entityId}`;
  return null;
}

/** A human name for the record, taken from its snapshot. */
export function recordName(snapshot: unknown): string | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const s = snapshot as Record<string, unknown>;
  for (const key of ['fullName', 'name', 'title', 'email']) {
    if (typeof s[key] === 'string' && s[key]) return s[key];
  }
  return null;
}
