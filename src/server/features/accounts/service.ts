import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import type { Account, AccountCreate, AccountUpdate } from '../../../shared/api/accounts.js';
import { accountCreateSchema } from '../../../shared/api/accounts.js';
import { assignableRoles, isNationalRole, type Role } from '../../../shared/auth/permissions.js';
import { recordAudit } from '../audit/record.js';
import { actorFromUser, assertProvinceAccess, provinceScope, type Actor } from '../auth/actor.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { deleteSessionsOfUser } from '../auth/queries.js';
import { findOrganisation } from '../organisations/queries.js';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUserIfVersion, type UserRow } from './queries.js';

export function toAccount(user: UserRow): Account {
  return {
    ...actorFromUser(user),
    disabled: user.disabledAt !== null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

/**
 * The role/province pair must make sense (national roles have no province, provincial ones
 * need one), and a manager may only hand out the roles and province it is entitled to.
 */
function checkAssignment(actor: Actor, role: Role, provinceCode: string | null) {
  if (!assignableRoles(actor.role).includes(role)) {
    throw new AppError('FORBIDDEN', 'Bạn không được cấp vai trò này: chỉ quản trị viên cấp trên mới cấp, sửa được tài khoản có vai trò này.');
  }
  if (isNationalRole(role) && provinceCode !== null) {
    throw new AppError('VALIDATION', 'Tài khoản cấp quốc gia không gắn với tỉnh nào.', {
      errors: [{ path: 'provinceCode', message: 'Để trống tỉnh với vai trò cấp quốc gia.' }],
    });
  }
  if (!isNationalRole(role) && provinceCode === null) {
    throw new AppError('VALIDATION', 'Tài khoản cấp tỉnh phải chọn tỉnh.', {
      errors: [{ path: 'provinceCode', message: 'Chọn tỉnh cho tài khoản.' }],
    });
  }
  const scope = provinceScope(actor);
  if (scope !== null && provinceCode !== scope) {
    throw new AppError('FORBIDDEN', 'Bạn chỉ quản lý được tài khoản của tỉnh mình.');
  }
}

/**
 * The body an account speaks for opens the conferences that body co-organises, so it must be a
 * body of the account's own province (a national body for a national role) and must exist.
 */
async function checkOrganisation(db: Db, role: Role, provinceCode: string | null, organisationId: string | null) {
  if (organisationId === null) return;
  const invalid = (message: string) => new AppError('VALIDATION', message, { errors: [{ path: 'organisationId', message }] });
  const org = await findOrganisation(db, organisationId);
  if (!org) throw invalid('Cơ quan không có trong danh bạ.');
  if (isNationalRole(role) && org.org.provinceCode !== null) throw invalid('Tài khoản cấp quốc gia chỉ gắn với cơ quan trung ương.');
  if (!isNationalRole(role) && org.org.provinceCode !== provinceCode) throw invalid('Chọn một cơ quan của tỉnh của tài khoản.');
}

async function loadVisible(db: Db, actor: Actor, id: string): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw notFound('Tài khoản');
  assertProvinceAccess(actor, user.provinceCode, 'Tài khoản');
  return user;
}

export async function listAccounts(db: Db, actor: Actor, query: { q?: string; role?: Role; province?: string; page: number; pageSize: number }) {
  const scope = provinceScope(actor);
  const provinceCode = scope ?? query.province ?? null;
  if (scope !== null && query.province && query.province !== scope) return { items: [], total: 0 };
  const { items, total } = await listUsers(db, { provinceCode, role: query.role, q: query.q }, query.page, query.pageSize);
  return { items: items.map(toAccount), total };
}

export async function getAccount(db: Db, actor: Actor, id: string): Promise<Account> {
  return toAccount(await loadVisible(db, actor, id));
}

/** Creates an account with a one-time password that the officer must change at first sign-in. */
export async function createAccount(db: Db, actor: Actor, input: AccountCreate) {
  const data = accountCreateSchema.parse(input);
  checkAssignment(actor, data.role, data.provinceCode);
  await checkOrganisation(db, data.role, data.provinceCode, data.organisationId);
  if (await findUserByEmail(db, data.email)) {
    throw new AppError('CONFLICT', `Email ${data.email} đã được dùng cho một tài khoản khác.`, {
      errors: [{ path: 'email', message: 'Email này đã có tài khoản.' }],
    });
  }
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await db.transaction(async (tx) => {
    const row = await insertUser(tx, { ...data, passwordHash, mustChangePassword: true });
    await recordAudit(tx, actor, { action: 'create', entityType: 'user', entityId: row.id, provinceCode: row.provinceCode, after: row });
    return row;
  });
  return { account: toAccount(user), oneTimePassword };
}

async function changeAccount(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  action: string,
  values: Partial<UserRow>,
  opts: { endSessions?: boolean } = {},
): Promise<UserRow> {
  const before = await loadVisible(db, actor, id);
  return db.transaction(async (tx) => {
    const after = await updateUserIfVersion(tx, id, version, values);
    if (!after) throw new AppError('CONFLICT', 'Tài khoản vừa được người khác thay đổi. Hãy tải lại và thử lại.');
    if (opts.endSessions) await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, { action, entityType: 'user', entityId: id, provinceCode: after.provinceCode, before, after });
    return after;
  });
}

export async function updateAccount(db: Db, actor: Actor, id: string, input: AccountUpdate): Promise<Account> {
  const current = await loadVisible(db, actor, id);
  const reachChanges = input.role !== current.role || input.provinceCode !== current.provinceCode || input.organisationId !== current.organisationId;
  if (current.id === actor.id) {
    // Nobody widens (or otherwise moves) their own reach: only the name of one's own account is one's own to edit.
    if (reachChanges) {
      throw new AppError('FORBIDDEN', 'Bạn không thể tự đổi vai trò, tỉnh hoặc cơ quan của chính mình. Hãy đề nghị quản trị viên cấp trên.');
    }
  } else {
    checkAssignment(actor, current.role as Role, current.provinceCode);
    checkAssignment(actor, input.role, input.provinceCode);
  }
  if (reachChanges) await checkOrganisation(db, input.role, input.provinceCode, input.organisationId);
  const { version, ...values } = input;
  return toAccount(await changeAccount(db, actor, id, version, 'update', values, { endSessions: reachChanges }));
}

export async function setAccountDisabled(db: Db, actor: Actor, id: string, disabled: boolean): Promise<Account> {
  const current = await loadVisible(db, actor, id);
  if (current.id === actor.id) throw new AppError('VALIDATION', 'Bạn không thể tự khóa tài khoản của chính mình.');
  checkAssignment(actor, current.role as Role, current.provinceCode);
  const values = { disabledAt: disabled ? new Date() : null };
  return toAccount(await changeAccount(db, actor, id, current.version, disabled ? 'disable' : 'enable', values, { endSessions: disabled }));
}

export async function resetAccountPassword(db: Db, actor: Actor, id: string) {
  const current = await loadVisible(db, actor, id);
  checkAssignment(actor, current.role as Role, current.provinceCode);
  const oneTimePassword = generatePassword();
  const values = { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true };
  const user = await changeAccount(db, actor, id, current.version, 'password_reset', values, { endSessions: true });
  return { account: toAccount(user), oneTimePassword };
}
