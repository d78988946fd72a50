import type { Conference } from '../../../../shared/api/conferences.js';
import { searchKey } from '../../../../shared/text/index.js';

/**
 * Who signs a report, as the issuing body signs (Nghị định 30/2020/NĐ-CP, Phụ lục I): a
 * collective body signs "TM." (thay mặt) the collective with its head's title below; a body run by
 * one head signs with that head's title alone. The Standing Office's report is signed by its
 * Chief, not "TM. BAN CHỈ ĐẠO"; a department's by its Director.
 */
export type Signature = { onBehalfOf: string | null; title: string };

const steeringCommittee: Signature = { onBehalfOf: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN' };

/** The signature of the body that issues the report: the host organiser, else a Steering Committee. */
export function signatureOf(c: Pick<Conference, 'organisers'>): Signature {
  const body = c.organisers.find((o) => o.role === 'organizer') ?? c.organisers[0];
  if (!body) return steeringCommittee;
  return signatureForBody(body.kind, body.name);
}

export function signatureForBody(kind: string, name: string): Signature {
  const folded = searchKey(name);
  const startsWith = (...words: string[]) => words.some((w) => folded.startsWith(w));
  switch (kind) {
    case 'steering_committee':
      return steeringCommittee;
    case 'standing_office':
      return { onBehalfOf: null, title: 'CHÁNH VĂN PHÒNG' };
    case 'peoples_committee':
      return { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
    case 'party_committee':
      // Party documents follow the Party's own rules (Hướng dẫn 36-HD/VPTW): "T/M BAN THƯỜNG VỤ".
      return { onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' };
    case 'mass_organisation':
      return { onBehalfOf: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' };
    case 'military':
      return { onBehalfOf: null, title: 'CHỈ HUY TRƯỞNG' };
    case 'media':
      return { onBehalfOf: null, title: 'TỔNG BIÊN TẬP' };
    case 'police':
      return { onBehalfOf: null, title: startsWith('bo ') ? 'BỘ TRƯỞNG' : 'GIÁM ĐỐC' };
    case 'department':
      if (startsWith('ban ')) return { onBehalfOf: null, title: 'TRƯỞNG BAN' };
      if (startsWith('bo ')) return { onBehalfOf: null, title: 'BỘ TRƯỞNG' };
      if (startsWith('van phong')) return { onBehalfOf: null, title: 'CHÁNH VĂN PHÒNG' };
      return { onBehalfOf: null, title: 'GIÁM ĐỐC' };
    case 'institute':
      if (startsWith('truong ')) return { onBehalfOf: null, title: 'HIỆU TRƯỞNG' };
      if (startsWith('vien ')) return { onBehalfOf: null, title: 'VIỆN TRƯỞNG' };
      return { onBehalfOf: null, title: 'GIÁM ĐỐC' };
    default:
      return { onBehalfOf: null, title: 'THỦ TRƯỞNG CƠ QUAN' };
  }
}
