import { searchKey } from '../../../shared/text/index.js';
import { provinceSearchKey, readAdminUnitsData } from './load-reference-data.js';

/**
 * The committed reference data's provinces, old and new, shaped as the queries return them, for
 * pure tests that need real names without a database.
 */
export function referenceProvinceRows() {
  const data = readAdminUnitsData();
  const current = data.provinces.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    fullName: String(r.fullName),
    nameEn: r.nameEn === null ? null : String(r.nameEn),
    searchKey: provinceSearchKey(String(r.fullName), r.nameEn === null ? null : String(r.nameEn), String(r.kind)),
  }));
  const legacy = data.legacyProvinces.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    fullName: String(r.fullName),
    successorCode: String(r.successorCode),
    searchKey: searchKey(String(r.fullName)),
  }));
  return { current, legacy };
}
