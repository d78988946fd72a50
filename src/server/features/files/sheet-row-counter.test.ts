import { describe, expect, it } from 'vitest';
import { SheetRowCounter } from './sheet-row-counter.js';

const sheet =
  '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>' +
  '<row r="2" s="3"/><row r="3"><c r="A3" s="1"/></row>' +
  '<row r="4"><c r="A4" t="s"><v>0</v></c><c r="B4"><v>12</v></c></row>' +
  '<x:row r="5"><x:c r="A5"><x:v>1</x:v></x:c></x:row><rowBreaks count="0"/></sheetData>';

describe('counting filled rows while a sheet inflates', () => {
  it('counts rows holding a value, not formatted empty ones, whatever the chunk boundaries', () => {
    const bytes = new TextEncoder().encode(sheet);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const counter = new SheetRowCounter();
      for (let at = 0; at < bytes.length; at += size) counter.push(bytes.subarray(at, at + size));
      expect(counter.count, `chunks of ${size}`).toBe(3);
    }
  });
});
