import { isValidYmd, pad2 } from './calendar.js';

/**
 * Display formatting in Vietnamese conventions: `1.234,5`, `117,8%`,
 * `13/06/2023`, `13/06/2023 08:30`.
 *
 * Numbers go through Intl.NumberFormat('vi-VN'), which in Node 20's ICU and
 * in browsers (same CLDR data) groups with `.` and separates decimals with `,`,
 * also for four-digit numbers (`1.234`). Formatters are cached per option set
 * because constructing one is far slower than using it.
 */

export interface ViNumberFormatOptions {
  /** Default 3, Intl's own default for decimal numbers. */
  maximumFractionDigits?: number;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(maximumFractionDigits: number): Intl.NumberFormat {
  let f = numberFormats.get(maximumFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, f);
  }
  return f;
}

/** `1234.5` → `1.234,5`; `17670` → `17.670`. NaN and infinities come out as Intl writes them. */
export function formatViNumber(n: number, opts?: ViNumberFormatOptions): string {
  return numberFormat(opts?.maximumFractionDigits ?? 3).format(n);
}

/**
 * `117.8` → `117,8%`. The argument is already a percentage (117.8, not 1.178),
 * as indicators store it. The sign is appended by hand, without a space, as the
 * Vietnamese press writes it, instead of Intl's percent style whose spacing is
 * CLDR data that may change between ICU versions. Default: two decimals (`119,02%`).
 */
export function formatViPercent(n: number, opts?: ViNumberFormatOptions): string {
  return `${formatViNumber(n, { maximumFractionDigits: opts?.maximumFractionDigits ?? 2 })}%`;
}

/**
 * Vietnam's civil time is UTC+07:00 all year (no daylight saving since 1975),
 * so a fixed offset renders instants the same on a UTC server and in any browser.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?$/i;

/**
 * What the user should see, in Vietnam's wall-clock time:
 *   - `yyyy-mm-dd` is a calendar date and is shown as is (never shifted by a zone);
 *   - an ISO date-time without offset is already wall time, shown as is;
 *   - an ISO date-time with `Z`/offset, or a Date, is an instant: shown in UTC+07:00.
 * The instant is computed by arithmetic, not `new Date(string)`, whose parsing
 * of non-canonical ISO forms (`+0700`, a space for `T`) differs between browsers.
 * Invalid input throws a RangeError: rendering a wrong date silently is worse.
 */
function toVietnamWallTime(isoOrDate: string | Date): WallTime {
  if (typeof isoOrDate !== 'string') return instantToWallTime(isoOrDate);
  const m = ISO.exec(isoOrDate.trim());
  if (!m) throw new RangeError(`Not an ISO date: ${JSON.stringify(isoOrDate)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isValidYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid ISO date: ${JSON.stringify(isoOrDate)}`);
  }
  const zulu = m[8] !== undefined;
  const sign = m[9];
  if (!zulu && sign === undefined) return { year, month, day, hour, minute };

  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const millis = Number(`0.${m[7] ?? '0'}`) * 1000;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return instantToWallTime(new Date(utc));
}

function instantToWallTime(d: Date): WallTime {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  const v = new Date(t + VIETNAM_OFFSET_MS);
  return {
    year: v.getUTCFullYear(),
    month: v.getUTCMonth() + 1,
    day: v.getUTCDate(),
    hour: v.getUTCHours(),
    minute: v.getUTCMinutes(),
  };
}

/** `2023-06-13` → `13/06/2023` (days and months zero-padded, as on official documents). */
export function formatViDate(isoOrDate: string | Date): string {
  const w = toVietnamWallTime(isoOrDate);
  return `${pad2(w.day)}/${pad2(w.month)}/${String(w.year).padStart(4, '0')}`;
}

/** `2023-06-13T01:30:00Z` → `13/06/2023 08:30` (24-hour clock, Vietnam time). */
export function formatViDateTime(isoOrDate: string | Date): string {
  const w = toVietnamWallTime(isoOrDate);
  return `${pad2(w.day)}/${pad2(w.month)}/${String(w.year).padStart(4, '0')} ${pad2(w.hour)}:${pad2(w.minute)}`;
}
