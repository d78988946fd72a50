/**
 * 1 July 2025: the 34 provinces replaced the 63 and local government went to two levels. Records
 * and figures of earlier dates keep their old province (and commune) and roll up to the new one.
 * The one place this day is written; every rule that turns on it reads it from here.
 */
export const provinceReformDay = '2025-07-01';
