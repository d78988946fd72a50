/**
 * Vietnamese text core, shared by the server and the web app. Pure functions
 * only: no Node or DOM APIs, so every module here runs in both.
 */
export { normalizeVietnamese } from './tone-marks.js';
export { collapseWhitespace } from './whitespace.js';
export { codePointLabel, findForbiddenCharacter, hasInvisibleFormatting, removeInvisibleFormatting, replaceForbiddenCharacters } from './unsafe-characters.js';
export type { ForbiddenCharacter } from './unsafe-characters.js';
export { removeDiacritics } from './diacritics.js';
export { searchKey, sameVietnamese } from './search.js';
export { parseViNumber, parsePercent, parseRatio } from './numbers.js';
export type { Ratio } from './numbers.js';
export { parseViAmount } from './amounts.js';
export type { ViAmount } from './amounts.js';
export { formatViNumber, formatViPercent, formatViDate, formatViDateTime } from './format.js';
export type { ViNumberFormatOptions } from './format.js';
export { parseViDate, findViDates } from './dates.js';
export type { PartOfDay, ViDateContext, ViDateMatch } from './dates.js';
export { inferYearFromText } from './year.js';
