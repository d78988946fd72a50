import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { actorFromUser, type Actor } from './actor.js';
import { deleteSession, findUserBySessionToken, insertSession } from './queries.js';

export const sessionCookieName = 'rd_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function startSession(db: Db, userId: string, ttlHours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await insertSession(db, { tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

/** The actor behind a cookie token, or null when there is none, it expired, or the account is disabled. */
export async function resolveSession(db: Db, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const user = await findUserBySessionToken(db, hashToken(token), new Date());
  if (!user || user.disabledAt) return null;
  return actorFromUser(user);
}
