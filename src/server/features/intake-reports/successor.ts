import { legacyProvinces } from '../../../shared/intake/extract/province-registry.generated.js';

const successors = new Map(legacyProvinces.map(([code, , successor]) => [code, successor]));

/** The current province an old province (code before 1 July 2025) was merged into. */
export function legacySuccessor(legacyCode: string): string | null {
  return successors.get(legacyCode) ?? null;
}
