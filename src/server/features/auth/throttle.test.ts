import { describe, expect, it } from 'vitest';
import { isRefusal, LoginThrottle, signInRefusalMessage, type SignInAttempt, type SignInRefusal } from './login-throttle.js';
import { AttemptThrottle, MemoryThrottleStore } from './throttle.js';

const minute = 60_000;
// 10:30 in Vietnam (UTC+7).
const tenThirty = Date.parse('2025-07-01T03:30:00Z');

describe('attempt throttle', () => {
  it('locks after five failures within a minute and forgives after the window', async () => {
    let now = 0;
    const throttle = new AttemptThrottle({ max: 5, windowMs: minute }, new MemoryThrottleStore(), () => now);
    for (let i = 0; i < 4; i++) await throttle.recordFailure('k');
    expect(await throttle.retryAfterSeconds('k')).toBe(0);
    await throttle.recordFailure('k');
    expect(await throttle.retryAfterSeconds('k')).toBe(60);
    expect(await throttle.retryAfterSeconds('other')).toBe(0);
    now = 30_000;
    expect(await throttle.retryAfterSeconds('k')).toBe(30);
    now = 60_001;
    expect(await throttle.retryAfterSeconds('k')).toBe(0);
  });

  it('counts concurrent attempts as they are taken, so a burst cannot pass a check made before any is counted', async () => {
    const throttle = new AttemptThrottle({ max: 3, windowMs: minute }, new MemoryThrottleStore(), () => 1000);
    const burst = await Promise.all(Array.from({ length: 10 }, () => throttle.take('k')));
    expect(burst.filter((r) => r.waitMs === 0)).toHaveLength(3);
    expect(burst.filter((r) => r.waitMs > 0)).toHaveLength(7);
    // A released attempt (it succeeded) frees its place.
    await throttle.release('k', 1000);
    expect((await throttle.take('k')).waitMs).toBe(0);
  });

  it('forgets keys whose attempts have all left their window', async () => {
    let now = 0;
    const store = new MemoryThrottleStore();
    const throttle = new AttemptThrottle({ max: 5, windowMs: minute }, store, () => now);
    for (let i = 0; i < 999; i++) await throttle.recordFailure(`guess-${i}`);
    expect(store.size).toBe(999);
    now = 2 * minute;
    await throttle.recordFailure('late');
    expect(store.size).toBe(1);
  });
});

describe('sign-in limits', () => {
  const setup = () => {
    const clock = { now: tenThirty };
    return { clock, throttle: new LoginThrottle({ now: () => clock.now }) };
  };
  const fail = async (throttle: LoginThrottle, email: string, source: string) => {
    const attempt = await throttle.begin(email, source);
    if (isRefusal(attempt)) return attempt;
    return throttle.failed(attempt as SignInAttempt);
  };

  it('stops password spraying: thirty failures from one address across accounts lock that address for 15 minutes', async () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 29; i++) expect(await fail(throttle, `nguoi${i}@tinh.gov.vn`, '203.0.113.9')).toEqual([]);
    expect(await fail(throttle, 'nguoi29@tinh.gov.vn', '203.0.113.9')).toEqual([{ limit: 'source', until: new Date(tenThirty + 15 * minute) }]);
    const refused = (await throttle.begin('nguoi30@tinh.gov.vn', '203.0.113.9')) as SignInRefusal;
    expect(refused.waitMs).toBe(15 * minute);
    expect(signInRefusalMessage(refused)).toBe('Đăng nhập sai quá nhiều lần. Hãy thử lại sau 15 phút (lúc 10:45).');
    // Other addresses are not affected, and the address may try again once the window has passed.
    expect(isRefusal(await throttle.begin('nguoi30@tinh.gov.vn', '203.0.113.10'))).toBe(false);
    clock.now += 15 * minute;
    expect(isRefusal(await throttle.begin('nguoi30@tinh.gov.vn', '203.0.113.9'))).toBe(false);
  });

  it('locks an account for 15 minutes after ten failures from any addresses, and says until when', async () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 10; i++) {
      clock.now += 1000;
      await fail(throttle, 'can.bo@tinh.gov.vn', `198.51.100.${i}`);
    }
    clock.now += 3 * minute;
    const refused = (await throttle.begin('CAN.BO@tinh.gov.vn', '192.0.2.1')) as SignInRefusal;
    expect(isRefusal(refused)).toBe(true);
    // The first failure (10:30:01) leaves the window at 10:45:01: 12 minutes from 10:33:10, tried at 10:46 to be sure.
    expect(signInRefusalMessage(refused)).toBe('Đăng nhập sai quá nhiều lần. Hãy thử lại sau 12 phút (lúc 10:46).');
    expect(isRefusal(await throttle.begin('nguoi.khac@tinh.gov.vn', '192.0.2.1'))).toBe(false);
  });

  it('counts five typos of one account from one address per minute, and says seconds when under a minute', async () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 5; i++) await fail(throttle, 'a@b.vn', '192.0.2.1');
    clock.now += 20_000;
    const refused = (await throttle.begin('a@b.vn', '192.0.2.1')) as SignInRefusal;
    expect(signInRefusalMessage(refused)).toBe('Đăng nhập sai quá nhiều lần. Hãy thử lại sau 40 giây (lúc 10:31).');
  });

  it('a successful sign-in forgives its own attempt and its typos, not the address’s failures on other accounts', async () => {
    const { throttle } = setup();
    for (let i = 0; i < 25; i++) await fail(throttle, `nguoi${i}@tinh.gov.vn`, '203.0.113.9');
    for (let i = 0; i < 4; i++) await fail(throttle, 'minh@tinh.gov.vn', '203.0.113.9');
    const ok = (await throttle.begin('minh@tinh.gov.vn', '203.0.113.9')) as SignInAttempt;
    await throttle.succeeded(ok);
    // 29 failures still count for the address: one more locks it.
    expect(await fail(throttle, 'nguoi99@tinh.gov.vn', '203.0.113.9')).toMatchObject([{ limit: 'source' }]);
  });
});
