/** Today's date in Vietnam (UTC+7 all year, no daylight saving), as yyyy-mm-dd, whatever the computer's zone. */
export const todayInVietnam = (now = Date.now()): string => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
