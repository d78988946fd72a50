import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { DatabaseThrottleStore, deleteExpiredThrottles, prefixedStore } from './database-throttle-store.js';
import { throttleAttempts } from './tables.js';
import { AttemptThrottle } from './throttle.js';

const minute = 60_000;

describe('throttle attempts kept in the database', () => {
  let database: Database;
  let store: DatabaseThrottleStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new DatabaseThrottleStore(database.db);
  });
  afterAll(() => database.close());

  it('keeps the attempts within the window, oldest first, and takes back one attempt of a shared millisecond', async () => {
    expect(await store.add('k1', 1000, minute)).toEqual([1000]);
    expect(await store.add('k1', 2000, minute)).toEqual([1000, 2000]);
    expect(await store.add('k1', 2000, minute)).toEqual([1000, 2000, 2000]);
    expect(await store.add('k1', 61_500, minute)).toEqual([2000, 2000, 61_500]);
    await store.remove('k1', 2000);
    expect(await store.recent('k1', 0)).toEqual([2000, 61_500]);
    await store.remove('k1', 99);
    expect(await store.recent('k1', 2000)).toEqual([61_500]);
    await store.clear('k1');
    expect(await store.recent('k1', 0)).toEqual([]);
  });

  it('lets exactly the limit through when a burst is taken at once, the store counting them one by one', async () => {
    const throttle = new AttemptThrottle({ max: 3, windowMs: minute }, store, () => 5000);
    const burst = await Promise.all(Array.from({ length: 12 }, () => throttle.take('burst')));
    expect(burst.filter((r) => r.waitMs === 0)).toHaveLength(3);
    expect(await store.recent('burst', 0)).toHaveLength(3);
    await throttle.release('burst', 5000);
    expect((await throttle.take('burst')).waitMs).toBe(0);
  });

  it('keeps no e-mail or address in the table, only a digest of the key', async () => {
    await store.add('sign-in:account:nguyen.van.a@tinh.gov.vn', 1000, minute);
    const keys = (await database.db.select({ key: throttleAttempts.key }).from(throttleAttempts)).map((r) => r.key);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
  });

  it('separates throttles sharing the table by their prefix', async () => {
    const codes = prefixedStore(store, 'codes:');
    const names = prefixedStore(store, 'names:');
    await codes.add('1.2.3.4|tok', 1000, minute);
    expect(await names.recent('1.2.3.4|tok', 0)).toEqual([]);
    expect(await codes.recent('1.2.3.4|tok', 0)).toEqual([1000]);
  });

  it('deletes the rows whose attempts have all left their window', async () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    await store.add('old', now - 20 * minute, 15 * minute);
    await store.add('fresh', now - minute, 15 * minute);
    expect(await deleteExpiredThrottles(database.db, new Date(now))).toBeGreaterThanOrEqual(1);
    expect(await store.recent('old', 0)).toEqual([]);
    expect(await store.recent('fresh', 0)).toEqual([now - minute]);
  });
});
