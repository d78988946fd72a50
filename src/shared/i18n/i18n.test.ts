import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogueParts, enMessages as en, viMessages as vi } from './catalogues.js';

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

  it('never define one key in two parts', () => {
    for (const parts of Object.values(catalogueParts)) {
      const seen = new Map<string, number>();
      parts.forEach((part, i) => {
        for (const key of Object.keys(part)) {
          expect(seen.get(key), key).toBeUndefined();
          seen.set(key, i);
        }
      });
    }
  });

  it('keep keys dotted by feature', () => {
    for (const key of Object.keys(vi)) expect(key, key).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/);
  });
});
