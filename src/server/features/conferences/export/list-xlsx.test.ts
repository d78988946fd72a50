import { describe, expect, it } from 'vitest';
import { wrappedLines } from './list-xlsx.js';

describe('row heights of the exported list', () => {
  it('counts the lines a text wraps to, word by word', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('Trực tuyến', 10)).toBe(1);
    // 12 characters per line at width 10.
    expect(wrappedLines('Trực tiếp kết hợp trực tuyến', 10)).toBe(3);
    expect(wrappedLines('x'.repeat(30), 10)).toBe(3);
  });
});
