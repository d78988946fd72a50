import { describe, expect, it } from 'vitest';
import { droppedItems, filesOfDrop, type DropDirectoryEntry, type DropEntry, type DropFileEntry } from './dropped-files';

const fileEntry = (fullPath: string): DropFileEntry => {
  const name = fullPath.split('/').pop()!;
  return { isFile: true, isDirectory: false, name, fullPath, file: (ok) => ok(new File(['nội dung'], name)) };
};

/** A folder whose reader hands its entries out `batch` at a time, as Chromium does (100). */
const folder = (fullPath: string, children: DropEntry[], batch = 2): DropDirectoryEntry => ({
  isFile: false,
  isDirectory: true,
  name: fullPath.split('/').pop()!,
  fullPath,
  createReader: () => {
    let next = 0;
    return {
      readEntries: (ok) => {
        ok(children.slice(next, next + batch));
        next += batch;
      },
    };
  },
});

describe('filesOfDrop', () => {
  it('reads a dropped folder recursively, through every batch, each file with its path', async () => {
    const tree = folder('/Bao cao', [
      fileEntry('/Bao cao/hoi-nghi-10.docx'),
      fileEntry('/Bao cao/hoi-nghi-2.docx'),
      fileEntry('/Bao cao/.DS_Store'),
      fileEntry('/Bao cao/anh.jpg'),
      folder('/Bao cao/2024', [fileEntry('/Bao cao/2024/bai-bao.txt'), folder('/Bao cao/2024/trong', [])]),
    ]);
    const { files, unreadable } = await filesOfDrop([tree, new File(['x'], 'rieng.pdf')]);
    expect(unreadable).toEqual([]);
    expect(files.map((f) => f.path)).toEqual([
      'Bao cao/2024/bai-bao.txt',
      'Bao cao/anh.jpg',
      'Bao cao/hoi-nghi-2.docx',
      'Bao cao/hoi-nghi-10.docx',
      'rieng.pdf',
    ]);
    expect(files[0]!.file.name).toBe('bai-bao.txt');
  });

  it('leaves out a file the browser refuses to read, names it, and keeps the rest', async () => {
    const gone: DropFileEntry = { ...fileEntry('/Bao cao/da-xoa.txt'), file: (_ok, fail) => fail?.(new DOMException('gone', 'NotFoundError')) };
    const { files, unreadable } = await filesOfDrop([folder('/Bao cao', [gone, fileEntry('/Bao cao/con-lai.txt')])]);
    expect(files.map((f) => f.path)).toEqual(['Bao cao/con-lai.txt']);
    expect(unreadable).toEqual(['Bao cao/da-xoa.txt']);
  });
});

describe('droppedItems', () => {
  it('takes entries where the browser gives them and plain files where it does not', () => {
    const entry = fileEntry('/a.txt');
    const plain = new File(['x'], 'b.txt');
    const items = [
      { kind: 'file', getAsFile: () => null, webkitGetAsEntry: () => entry },
      { kind: 'file', getAsFile: () => plain, webkitGetAsEntry: () => null },
      { kind: 'string', getAsFile: () => null },
    ];
    expect(droppedItems({ items, files: [] })).toEqual([entry, plain]);
  });

  it('falls back to the file list when there are no items', () => {
    const plain = new File(['x'], 'b.txt');
    expect(droppedItems({ items: null, files: [plain] })).toEqual([plain]);
  });
});
