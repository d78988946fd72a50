import { AttemptThrottle, MemoryThrottleStore, type Limit, type ThrottleStore } from './throttle.js';

/**
 * Three limits on failed sign-ins, each a sliding window:
 * - one account from one address: typos, five a minute;
 * - one account from anywhere: guessing one password from many addresses;
 * - one address whatever the account: password spraying (one common password tried on many
 *   e-mails, about 20 a second before this limit). Thirty is above what an office behind one
 *   address mistypes in a quarter of an hour.
 * The account is the e-mail as typed (lower-cased), whether or not it has an account, so the
 * answers never tell which e-mails exist. A successful sign-in forgives only its own attempt,
 * and the typos of that account from that address: signing in to one's own account must not
 * reset a spraying count.
 */
export const signInLimits = {
  accountFromSource: { max: 5, windowMs: 60_000 },
  account: { max: 10, windowMs: 15 * 60_000 },
  source: { max: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

export type SignInLimit = keyof typeof signInLimits;

/** An attempt counted before its password is checked; `succeeded` or `failed` settles it. */
export type SignInAttempt = { keys: Record<SignInLimit, string>; taken: Record<SignInLimit, { at: number; position: number }> };

export type SignInRefusal = { waitMs: number; until: Date };

/** A limit that the failed attempt filled: further attempts wait until `until`. */
export type Lockout = { limit: SignInLimit; until: Date };

const scopes = Object.keys(signInLimits) as SignInLimit[];

export class LoginThrottle {
  private readonly throttles: Record<SignInLimit, AttemptThrottle>;
  private readonly now: () => number;

  /** The store may be shared by other throttles: the keys here start with `sign-in:`. */
  constructor(options: { store?: ThrottleStore; now?: () => number; limits?: Record<SignInLimit, Limit> } = {}) {
    const store = options.store ?? new MemoryThrottleStore();
    this.now = options.now ?? Date.now;
    const limits = options.limits ?? signInLimits;
    this.throttles = Object.fromEntries(scopes.map((s) => [s, new AttemptThrottle(limits[s], store, this.now)])) as Record<SignInLimit, AttemptThrottle>;
  }

  /**
   * Counts one attempt for the e-mail and the client address before the password is checked,
   * or refuses it (nothing counted) with the longest wait among the full limits.
   */
  async begin(email: string, source: string): Promise<SignInAttempt | SignInRefusal> {
    const account = email.trim().toLowerCase();
    const keys: Record<SignInLimit, string> = {
      accountFromSource: `sign-in:account+source:${account}|${source}`,
      account: `sign-in:account:${account}`,
      source: `sign-in:source:${source}`,
    };
    const taken = {} as SignInAttempt['taken'];
    let waitMs = 0;
    for (const scope of scopes) {
      const result = await this.throttles[scope].take(keys[scope]);
      if (result.waitMs > 0) waitMs = Math.max(waitMs, result.waitMs);
      else taken[scope] = result;
    }
    if (waitMs === 0) return { keys, taken };
    // Refused: give back what this attempt took, and report the longest wait of all limits.
    for (const scope of Object.keys(taken) as SignInLimit[]) await this.throttles[scope].release(keys[scope], taken[scope].at);
    for (const scope of scopes) waitMs = Math.max(waitMs, await this.throttles[scope].waitMs(keys[scope]));
    return { waitMs, until: new Date(this.now() + waitMs) };
  }

  /** The password was right: the attempt no longer counts, nor do the account's typos from this address. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.throttles.accountFromSource.reset(attempt.keys.accountFromSource);
    await this.throttles.account.release(attempt.keys.account, attempt.taken.account.at);
    await this.throttles.source.release(attempt.keys.source, attempt.taken.source.at);
  }

  /** The attempt failed and stays counted. Returns the limits this failure filled. */
  async failed(attempt: SignInAttempt): Promise<Lockout[]> {
    const lockouts: Lockout[] = [];
    for (const scope of scopes) {
      const throttle = this.throttles[scope];
      if (attempt.taken[scope].position < throttle.limit.max) continue;
      const waitMs = await throttle.waitMs(attempt.keys[scope]);
      if (waitMs > 0) lockouts.push({ limit: scope, until: new Date(this.now() + waitMs) });
    }
    return lockouts;
  }
}

export const isRefusal = (result: SignInAttempt | SignInRefusal): result is SignInRefusal => 'waitMs' in result;

const clock = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * 'Đăng nhập sai quá nhiều lần. Hãy thử lại sau 15 phút (lúc 10:45).' The clock time is
 * Vietnam's, rounded up to the minute so that trying at the time shown always works.
 */
export function signInRefusalMessage(refusal: SignInRefusal): string {
  const { waitMs } = refusal;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
  const at = new Date(Math.ceil(refusal.until.getTime() / 60_000) * 60_000);
  return `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${wait} (lúc ${clock.format(at)}).`;
}
