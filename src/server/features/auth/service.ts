import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { ChangePasswordRequest, CurrentUser, LoginRequest } from '../../../shared/api/auth.js';
import { recordAudit } from '../audit/record.js';
import { findUserByEmail, findUserById, setLastLogin, updateUserIfVersion, type UserRow } from '../accounts/queries.js';
import { actorFromUser, type Actor } from './actor.js';
import { isRefusal, signInRefusalMessage, type LoginThrottle } from './login-throttle.js';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';
import { deleteSessionsOfUser } from './queries.js';
import { endSession, resolveSession, startSession } from './session.js';

export const toCurrentUser = (user: UserRow | Actor): CurrentUser => actorFromUser(user);

// Verifying against a real hash when the account is unknown keeps the answer time the same,
// so timing does not reveal which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'Email hoặc mật khẩu không đúng.');

type SignInEvent = 'login' | 'login_failed' | 'login_locked' | 'logout';

/**
 * Appends a sign-in event to the audit log. An attempt on an existing account names the account
 * by id (never the e-mail typed, never the password); one on an e-mail without an account is
 * filed under the client address alone. Only a signed-in person is the actor.
 */
async function recordSignIn(
  db: Db,
  action: SignInEvent,
  user: Pick<UserRow, 'id' | 'email' | 'provinceCode'> | undefined,
  source: string,
  details: Record<string, unknown> = {},
) {
  await recordAudit(db, action === 'login' || action === 'logout' ? user ?? null : null, {
    action,
    entityType: user ? 'user' : 'client_address',
    entityId: user ? user.id : source,
    provinceCode: user?.provinceCode ?? null,
    after: { source, ...details },
  });
}

/**
 * Checks the credentials and opens a session. Before the password is checked, the attempt must
 * fit the sign-in limits (see login-throttle.ts); otherwise 429 says when to try again.
 * Every way of failing — unknown e-mail, wrong password, disabled account even with the right
 * password — gives the same answer after the same work (one password check, one audit row), so
 * neither the answer nor its time tells whether an account exists or is disabled.
 */
export async function login(
  deps: { db: Db; throttle: LoginThrottle; sessionTtlHours: number },
  input: LoginRequest,
  clientAddress: string,
) {
  const attempt = await deps.throttle.begin(input.email, clientAddress);
  if (isRefusal(attempt)) {
    throw new AppError('RATE_LIMITED', signInRefusalMessage(attempt), { retryAfterSeconds: Math.ceil(attempt.waitMs / 1000) });
  }
  const user = await findUserByEmail(deps.db, input.email);
  decoyHash ??= hashPassword('decoy-password-for-timing');
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !ok || user.disabledAt) {
    const lockouts = await deps.throttle.failed(attempt);
    const reason = !user ? 'unknown_account' : !ok ? 'wrong_password' : 'account_disabled';
    await recordSignIn(deps.db, 'login_failed', user, clientAddress, { reason });
    for (const lockout of lockouts) {
      await recordSignIn(deps.db, 'login_locked', lockout.limit === 'source' ? undefined : user, clientAddress, {
        limit: lockout.limit,
        until: lockout.until.toISOString(),
      });
    }
    throw invalidCredentials();
  }
  await deps.throttle.succeeded(attempt);
  const session = await startSession(deps.db, user.id, deps.sessionTtlHours);
  await setLastLogin(deps.db, user.id);
  await recordSignIn(deps.db, 'login', user, clientAddress);
  return { user: toCurrentUser(user), ...session };
}

/** Ends the session behind the cookie and, when it was a live one, records the sign-out. */
export async function logout(db: Db, token: string, clientAddress: string): Promise<void> {
  const actor = await resolveSession(db, token);
  await endSession(db, token);
  if (actor) await recordSignIn(db, 'logout', actor, clientAddress);
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
  const problems = passwordProblems(input.newPassword, user.email, [user.fullName]);
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
