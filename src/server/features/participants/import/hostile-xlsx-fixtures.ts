import { zipSync, strToU8 } from 'fflate';
import { deflatedZeros, zipWithEntries, type RawEntry } from '../../intake/read/zip-bomb-fixtures.js';

/**
 * Test and benchmark support: spreadsheets no office would send, built in milliseconds without
 * exceljs — a list of far more rows than an import takes, and zip bombs named .xlsx.
 */
const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const rootRels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbook =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>';
const workbookRels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** An .xlsx whose one sheet has a heading and `rows` people (name and agency, inline strings). */
export function xlsxWithRows(rows: number): Uint8Array {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  parts.push(`<row r="1">${cell('A1', 'Họ và tên')}${cell('B1', 'Cơ quan, đơn vị')}</row>`);
  for (let i = 2; i <= rows + 1; i++) parts.push(`<row r="${i}">${cell(`A${i}`, `Người thứ ${i}`)}${cell(`B${i}`, 'UBND xã Hòa An')}</row>`);
  parts.push('</sheetData></worksheet>');
  // Level 1: a million rows build in a second or two; the ratio stays that of a real list (~15×).
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
    'xl/worksheets/sheet1.xml': [strToU8(parts.join('')), { level: 1 }],
  });
}

const stored = (name: string, text: string): RawEntry => {
  const data = strToU8(text);
  return { name, data, method: 0, declaredSize: data.length };
};

/** A workbook whose sheet is `megabytes` of zeros: declared honestly, or declared as 4 KB (a lie). */
export function xlsxBomb(megabytes: number, declare: 'honest' | 'lie'): Uint8Array {
  return zipWithEntries([
    stored('[Content_Types].xml', contentTypes),
    stored('_rels/.rels', rootRels),
    stored('xl/workbook.xml', workbook),
    stored('xl/_rels/workbook.xml.rels', workbookRels),
    { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(megabytes), declaredSize: declare === 'honest' ? megabytes * 1024 * 1024 : 4096 },
  ]);
}

/** A PowerPoint-shaped zip whose slide is a bomb. */
export function pptxBomb(megabytes: number, declare: 'honest' | 'lie'): Uint8Array {
  return zipWithEntries([
    stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored('ppt/presentation.xml', '<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'),
    { name: 'ppt/slides/slide1.xml', data: deflatedZeros(megabytes), declaredSize: declare === 'honest' ? megabytes * 1024 * 1024 : 4096 },
  ]);
}
