import type { Province } from '../../../../shared/api/admin-units';

/**
 * Whether the province was formed by merging others on 01/07/2025. The server lists every
 * pre-2025 province that became part of it, so one that kept its borders lists only itself.
 */
export function isMerged(province: Province): boolean {
  return province.legacyProvinces.some((l) => l.code !== province.code);
}
