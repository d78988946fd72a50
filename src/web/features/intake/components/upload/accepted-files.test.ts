import { describe, expect, it } from 'vitest';
import { isSystemFile, localProblemOf } from './accepted-files';

describe('localProblemOf', () => {
  it('lets documents through whatever the case of their extension', () => {
    expect(localProblemOf({ name: 'Bao cao.DOCX', size: 10 })).toBeNull();
    expect(localProblemOf({ name: 'bai-bao.htm', size: 10 })).toBeNull();
  });

  it('stops other types and files over the limit before they are sent', () => {
    expect(localProblemOf({ name: 'anh.jpg', size: 10 })).toBe('wrongType');
    expect(localProblemOf({ name: 'so-lieu.pdf', size: 21 * 1024 * 1024 })).toBe('tooLarge');
  });
});

describe('isSystemFile', () => {
  it('recognises the litter a copied folder carries', () => {
    expect(isSystemFile('.DS_Store')).toBe(true);
    expect(isSystemFile('~$bao-cao.docx')).toBe(true);
    expect(isSystemFile('Thumbs.db')).toBe(true);
    expect(isSystemFile('bao-cao.docx')).toBe(false);
  });
});
