import { isSystemFile } from './accepted-files';

/**
 * A file as the person brought it in, with the path shown for it: inside a chosen or dropped
 * folder (`Bao cao/2024/hoi-nghi.docx`) or just its name. Only the name travels to the server.
 */
export type ChosenFile = { file: File; path: string };

/** Files from an `<input type=file>` (one by one or a whole folder), without system litter. */
export function chosenFromList(list: Iterable<File>): ChosenFile[] {
  return withoutSystemFiles(Array.from(list, (file) => ({ file, path: file.webkitRelativePath || file.name })));
}

export function withoutSystemFiles(files: ChosenFile[]): ChosenFile[] {
  return files.filter((f) => !isSystemFile(f.file.name));
}
