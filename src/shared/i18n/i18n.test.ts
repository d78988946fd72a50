import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import vi from './vi.json';
import en from './en.json';

const catalogues = { vi, en } as Record<string, Record<string, string>>;

/** Argument names a message uses, so a translation cannot drop or rename one. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe('i18n catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty messages', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const empty = Object.entries(messages).filter(([, text]) => !text.trim());
      expect(empty.map(([key]) => `${locale}:${key}`)).toEqual([]);
    }
  });

  it('parse as ICU messages', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(() => parse(text), `${locale}:${key}`).not.toThrow();
      }
    }
  });

  it('use the same arguments in both languages', () => {
    for (const [key, text] of Object.entries(vi as Record<string, string>)) {
      const other = (en as Record<string, string>)[key] ?? '';
      expect([...argumentsOf(parse(other))].sort(), key).toEqual([...argumentsOf(parse(text))].sort());
    }
  });

  it('keep keys dotted by feature', () => {
    for (const key of Object.keys(vi)) expect(key, key).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/);
  });
});
