import type { Db } from '../../db/client.js';
import { ConfigError } from '../../config.js';
import { recordAudit } from '../audit/record.js';
import { generatePassword, hashPassword, passwordProblems } from '../auth/password.js';
import { countUsers, insertUser } from './queries.js';

export type FirstAdminResult =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

/**
 * On an installation with no accounts, creates the first national administrator.
 * With ADMIN_EMAIL/ADMIN_PASSWORD it uses them; otherwise it generates a one-time password
 * that the caller prints once, and the account must change it at first sign-in.
 * There is no default password anywhere.
 */
export async function ensureFirstAdmin(db: Db, opts: { email?: string; password?: string }): Promise<FirstAdminResult> {
  if ((await countUsers(db)) > 0) return { created: false };
  const email = (opts.email ?? 'admin@rights-desk.local').toLowerCase();
  if (opts.password) {
    const problems = passwordProblems(opts.password, email);
    if (problems.length) throw new ConfigError(problems.map((p) => `ADMIN_PASSWORD: ${p}`));
  }
  const generatedPassword = opts.password ? null : generatePassword();
  const user = await db.transaction(async (tx) => {
    const row = await insertUser(tx, {
      email,
      fullName: 'Quản trị viên',
      role: 'national_admin',
      passwordHash: await hashPassword(opts.password ?? generatedPassword!),
      mustChangePassword: generatedPassword !== null,
    });
    await recordAudit(tx, null, { action: 'create', entityType: 'user', entityId: row.id, provinceCode: null, after: row });
    return row;
  });
  return { created: true, email: user.email, generatedPassword };
}
