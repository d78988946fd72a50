import { intakeLimits } from '../../../../../shared/api/intake';

/** What the readers understand; the server checks the bytes again, this only spares a pointless upload. */
export const acceptedExtensions = ['.txt', '.html', '.htm', '.docx', '.pdf'] as const;

/** For `<input accept>`: extensions plus the media types some systems report instead. */
export const acceptAttribute = [
  ...acceptedExtensions,
  'text/plain',
  'text/html',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

export type LocalProblem = 'wrongType' | 'tooLarge';

/** Why a file is not worth sending, or null when the server should read it. */
export function localProblemOf(file: { name: string; size: number }): LocalProblem | null {
  const lower = file.name.toLowerCase();
  if (!acceptedExtensions.some((ext) => lower.endsWith(ext))) return 'wrongType';
  if (file.size > intakeLimits.uploadBytes) return 'tooLarge';
  return null;
}

/**
 * The files of a chosen folder worth listing: system litter (`.DS_Store`, `Thumbs.db`, Word's
 * `~$` lock files) is left out silently; other files of the wrong type are listed as skipped.
 */
export function isSystemFile(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name.toLowerCase() === 'thumbs.db' || name.toLowerCase() === 'desktop.ini';
}
