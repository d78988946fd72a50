import { describe, expect, it } from 'vitest';
import { chosenFromList } from './chosen-file';

describe('chosenFromList', () => {
  it('uses the path inside a chosen folder, or the name, and leaves system litter out', () => {
    const inFolder = new File(['x'], 'a.txt');
    Object.defineProperty(inFolder, 'webkitRelativePath', { value: 'Bao cao/a.txt' });
    const alone = new File(['x'], 'b.pdf');
    const litter = new File(['x'], '.DS_Store');
    expect(chosenFromList([inFolder, alone, litter]).map((f) => f.path)).toEqual(['Bao cao/a.txt', 'b.pdf']);
  });
});
