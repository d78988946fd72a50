import { withoutSystemFiles, type ChosenFile } from './chosen-file';

/*
 * The File and Directory Entries API, as far as a drop needs it. Written out rather than taken
 * from lib.dom so the tests can walk a made-up folder; the browser's entries fit these shapes.
 */
export type DropEntry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string };
export type DropFileEntry = DropEntry & { file: (ok: (file: File) => void, fail?: (error: unknown) => void) => void };
export type DropDirectoryEntry = DropEntry & { createReader: () => { readEntries: (ok: (entries: DropEntry[]) => void, fail?: (error: unknown) => void) => void } };
type DropItem = { kind: string; getAsFile: () => File | null; webkitGetAsEntry?: () => DropEntry | null };

/** What was dropped: an entry to walk where the browser gives one, else the plain file. */
export type Dropped = DropEntry | File;

/**
 * Must run inside the drop event: once the handler returns, the browser empties the
 * DataTransfer, so entries are taken now and read later. `dataTransfer.files` alone lists a
 * dropped folder as one empty "file"; its entry is what lets us read what is inside.
 */
export function droppedItems(transfer: { items?: ArrayLike<DropItem> | null; files?: ArrayLike<File> | null }): Dropped[] {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  if (!items.length) return Array.from(transfer.files ?? []);
  return items.flatMap((item): Dropped[] => {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) return [entry];
    const file = item.getAsFile();
    return file ? [file] : [];
  });
}

const byName = new Intl.Collator('vi', { numeric: true }).compare;

/**
 * Every file of the drop, folders read recursively (as the folder button gives them), each
 * with its path from the dropped folder, the way file-selector (react-dropzone) does it. System
 * litter is left out here, other types stay to be reported as skipped. A file or folder the
 * browser refuses to read (moved or deleted since the drag began) is left out and named in
 * `unreadable`, so the person knows what did not come in.
 */
export async function filesOfDrop(dropped: Dropped[]): Promise<{ files: ChosenFile[]; unreadable: string[] }> {
  const unreadable: string[] = [];
  const found = await Promise.all(dropped.map((d) => (isEntry(d) ? filesOfEntry(d, unreadable) : [{ file: d, path: d.name }])));
  return { files: withoutSystemFiles(found.flat()), unreadable: unreadable.sort(byName) };
}

async function filesOfEntry(entry: DropEntry, unreadable: string[]): Promise<ChosenFile[]> {
  try {
    if (entry.isFile) {
      const file = await new Promise<File>((ok, fail) => (entry as DropFileEntry).file(ok, fail));
      return [{ file, path: entry.fullPath.replace(/^\/+/, '') || file.name }];
    }
    if (!entry.isDirectory) return [];
    const children = (await allEntriesOf(entry as DropDirectoryEntry)).sort((a, b) => byName(a.name, b.name));
    const nested = await Promise.all(children.map((child) => filesOfEntry(child, unreadable)));
    return nested.flat();
  } catch {
    unreadable.push(entry.fullPath.replace(/^\/+/, '') || entry.name);
    return [];
  }
}

/** `readEntries` hands out a folder in batches (Chromium: 100 at a time) until an empty one. */
async function allEntriesOf(directory: DropDirectoryEntry): Promise<DropEntry[]> {
  const reader = directory.createReader();
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

function isEntry(d: Dropped): d is DropEntry {
  return typeof (d as DropEntry).isDirectory === 'boolean';
}
