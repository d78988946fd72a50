/**
 * Where throttles keep the times of attempts. The one interface a shared store (a database
 * table, so that several server processes count together) has to implement; times are
 * milliseconds since the epoch, read from the throttle's clock, never the store's.
 */
export interface ThrottleStore {
  /**
   * Records an attempt under `key` at `at` and returns the attempts under `key` within
   * `windowMs` up to `at`, this one included, oldest first. Older attempts may be forgotten.
   */
  add(key: string, at: number, windowMs: number): Promise<number[]>;
  /** The attempts under `key` after `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>;
  /** Forgets one attempt under `key` made at `at` (one that turned out to succeed). */
  remove(key: string, at: number): Promise<void>;
  /** Forgets every attempt under `key`. */
  clear(key: string): Promise<void>;
}

/**
 * Attempts in the memory of one process: for unit tests and tools. The server keeps them in the
 * database (`DatabaseThrottleStore`), so that several processes share the limits and a restart
 * forgives nothing. Keys whose attempts have all left their window are swept every thousand
 * additions, so guessing with ever new keys cannot grow the map without bound.
 */
export class MemoryThrottleStore implements ThrottleStore {
  private readonly entries = new Map<string, { times: number[]; keepUntil: number }>();
  private additions = 0;

  async add(key: string, at: number, windowMs: number): Promise<number[]> {
    const times = (this.entries.get(key)?.times ?? []).filter((t) => t > at - windowMs);
    times.push(at);
    this.entries.set(key, { times, keepUntil: at + windowMs });
    if (++this.additions % 1000 === 0) this.sweep(at);
    return [...times];
  }

  async recent(key: string, since: number): Promise<number[]> {
    return (this.entries.get(key)?.times ?? []).filter((t) => t > since);
  }

  async remove(key: string, at: number): Promise<void> {
    const entry = this.entries.get(key);
    const i = entry?.times.indexOf(at) ?? -1;
    if (entry && i >= 0) entry.times.splice(i, 1);
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** How many keys are held; for tests of the sweep. */
  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (entry.keepUntil <= now) this.entries.delete(key);
  }
}

export type Limit = { max: number; windowMs: number };

/**
 * At most `max` attempts under one key in any sliding window of `windowMs`. When the window is
 * full, the key waits until its oldest counted attempt leaves it.
 */
export class AttemptThrottle {
  constructor(
    readonly limit: Limit,
    private readonly store: ThrottleStore = new MemoryThrottleStore(),
    private readonly now: () => number = Date.now,
  ) {}

  private waitFor(times: number[], now: number): number {
    if (times.length < this.limit.max) return 0;
    return Math.max(1, times[times.length - this.limit.max]! + this.limit.windowMs - now);
  }

  /** Milliseconds before `key` may try again; 0 when it may now. */
  async waitMs(key: string): Promise<number> {
    const now = this.now();
    return this.waitFor(await this.store.recent(key, now - this.limit.windowMs), now);
  }

  /** Whole seconds before `key` may try again (for Retry-After); 0 when it may now. */
  async retryAfterSeconds(key: string): Promise<number> {
    return Math.ceil((await this.waitMs(key)) / 1000);
  }

  /** Counts one failure; for callers that count failures only after the fact. */
  async recordFailure(key: string): Promise<void> {
    await this.store.add(key, this.now(), this.limit.windowMs);
  }

  /**
   * Counts an attempt before its outcome is known, so that concurrent attempts cannot all slip
   * through a check made before any of them is counted. Refused (and not counted) when the
   * window is already full: then `waitMs` says how long to wait. Otherwise `position` is the
   * attempt's place in the window (`max` when it fills it); `release` takes it back.
   */
  async take(key: string): Promise<{ at: number; position: number; waitMs: number }> {
    const at = this.now();
    const times = await this.store.add(key, at, this.limit.windowMs);
    if (times.length <= this.limit.max) return { at, position: times.length, waitMs: 0 };
    await this.store.remove(key, at);
    // The store returns this attempt last.
    return { at, position: 0, waitMs: this.waitFor(times.slice(0, -1), at) };
  }

  /** Takes back one counted attempt (it succeeded). */
  async release(key: string, at: number): Promise<void> {
    await this.store.remove(key, at);
  }

  /** Forgets every attempt under `key`. */
  async reset(key: string): Promise<void> {
    await this.store.clear(key);
  }
}
