import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { ChangePasswordRequest, CurrentUser, LoginRequest } from '../../../shared/api/auth.js';
import { recordAudit } from '../audit/record.js';
import { findUserByEmail, findUserById, setLastLogin, updateUserIfVersion, type UserRow } from '../accounts/queries.js';
import { actorFromUser, type Actor } from './actor.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';
import { deleteSessionsOfUser } from './queries.js';
import { startSession } from './session.js';

export const toCurrentUser = (user: UserRow | Actor): CurrentUser => actorFromUser(user);

// Verifying against a real hash when the account is unknown keeps the answer time the same,
// so timing does not reveal which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Checks the credentials and opens a session. Five failures a minute for the same e-mail from
 * the same address are throttled (429) before the password is even checked.
 */
export async function login(
  deps: { db: Db; throttle: LoginThrottle; sessionTtlHours: number },
  input: LoginRequest,
  clientAddress: string,
) {
  const key = `${input.email}|${clientAddress}`;
  const wait = deps.throttle.retryAfterSeconds(key);
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait} giây.`, { retryAfterSeconds: wait });
  }
  const user = await findUserByEmail(deps.db, input.email);
  decoyHash ??= hashPassword('decoy-password-for-timing');
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok) {
    deps.throttle.recordFailure(key);
    throw new AppError('INVALID_CREDENTIALS', 'Email hoặc mật khẩu không đúng.');
  }
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED', 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.');
  deps.throttle.reset(key);
  const session = await startSession(deps.db, user.id, deps.sessionTtlHours);
  await setLastLogin(deps.db, user.id);
  return { user: toCurrentUser(user), ...session };
}

/** Changes the actor's own password, ends their other sessions and clears a pending forced change. */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordRequest): Promise<void> {
  const user = await findUserById(db, actor.id);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hiệu lực.');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng.', {
      errors: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
    });
  }
  const problems = passwordProblems(input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) problems.push('Mật khẩu mới phải khác mật khẩu hiện tại.');
  if (problems.length) {
    throw new AppError('VALIDATION', problems.join(' '), { errors: problems.map((message) => ({ path: 'newPassword', message })) });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const updated = await updateUserIfVersion(tx, user.id, user.version, { passwordHash, mustChangePassword: false });
    if (!updated) throw new AppError('CONFLICT', 'Tài khoản vừa được thay đổi ở nơi khác; vui lòng thử lại.');
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, actor, {
      action: 'password_change',
      entityType: 'user',
      entityId: user.id,
      provinceCode: user.provinceCode,
    });
  });
}
