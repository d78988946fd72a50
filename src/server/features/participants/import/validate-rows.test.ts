import { describe, expect, it } from 'vitest';
import { mappingIssues, validateImportRows } from './validate-rows.js';

const mapping = { name: 0, agency: 1, position: 2, connectionPoint: 3, contact: 4 };
const points = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Điểm cầu chính - Hội trường UBND tỉnh' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Điểm cầu xã Hòa An' },
];

describe('validateImportRows', () => {
  it('keeps names exactly as written (NFC) and finds the point by its name without diacritics or prefix', () => {
    const { drafts, errors } = validateImportRows(
      [{ number: 2, cells: ['Nguyễn Thị Hoà'.normalize('NFD'), 'UBND xã Hòa An', 'Chủ tịch', 'xa hoa an', '0912 345 678'] }],
      mapping,
      points,
    );
    expect(errors).toEqual([]);
    expect(drafts).toEqual([
      expect.objectContaining({ rowNumber: 2, fullName: 'Nguyễn Thị Hoà', connectionPointId: points[1]!.id, contact: '0912 345 678' }),
    ]);
  });

  it('reports every bad row with its Excel row number and field', () => {
    const { drafts, errors } = validateImportRows(
      [
        { number: 2, cells: ['Lê Văn Tám', 'Sở Tư pháp', '', '', ''] },
        { number: 3, cells: ['', 'Sở Nội vụ', 'Giám đốc', '', ''] },
        { number: 4, cells: ['Phạm Thị Út', '', '', 'Điểm cầu xã Không Có', ''] },
        { number: 5, cells: ['LÊ VĂN TÁM', 'sở tư pháp', '', '', ''] },
        { number: 6, cells: ['A'.repeat(201), '', '', '', ''] },
      ],
      mapping,
      points,
    );
    expect(errors).toEqual([
      { path: 'rows.3.name', message: 'Họ và tên trống.' },
      { path: 'rows.4.connectionPoint', message: 'Điểm cầu “Điểm cầu xã Không Có” không có trong hội nghị này.' },
      { path: 'rows.5.name', message: 'Trùng với dòng 2 (cùng họ tên và cơ quan).' },
      { path: 'rows.6.name', message: 'Họ và tên dài 201 ký tự, tối đa 200.' },
    ]);
    expect(drafts.map((d) => d.rowNumber)).toEqual([2]);
  });

  it('reads only the mapped columns', () => {
    const { drafts } = validateImportRows([{ number: 2, cells: ['1', 'Trần B', 'Công an tỉnh'] }], { name: 1, agency: 2, position: null, connectionPoint: null, contact: null }, []);
    expect(drafts[0]).toMatchObject({ fullName: 'Trần B', agency: 'Công an tỉnh', position: null, connectionPointId: null });
  });
});

describe('mappingIssues', () => {
  it('refuses a column that does not exist and a column chosen twice', () => {
    expect(mappingIssues({ name: 0, agency: 0, position: 7, connectionPoint: null, contact: null }, 3)).toEqual([
      { path: 'mapping.agency', message: 'Cột 1 đã được chọn cho “Họ và tên”.' },
      { path: 'mapping.position', message: 'Cột 8 không có trong tệp.' },
    ]);
  });
});
