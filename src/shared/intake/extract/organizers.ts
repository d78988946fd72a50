import { expandAbbreviations, findDefinedAbbreviations } from './abbreviations.js';
import type { Found } from './found.js';
import { alternation, bodyStarts, L } from './lexicon.js';
import type { Range } from './segments.js';

/**
 * Who organised the event: "A tổ chức Hội nghị", "A phối hợp (với) B tổ chức …", "A tổ chức tập huấn …", "Hội nghị do A
 * (phối hợp với B) tổ chức". A name must start like a body (Ban, Văn phòng, Sở, UBND…) and is written
 * out with the abbreviations the article defines ("BCĐNQ" → "Ban Chỉ đạo về Nhân quyền"). The main
 * organisers come first; the "phối hợp với" ones are also returned as co-organisers.
 */
export interface OrganizerFindings {
  organizers: Found<string>[];
  coOrganizers: Found<string>[];
}

// A committee's own review meeting: "Ban Chỉ đạo … họp sơ kết công tác 6 tháng", "… tổ chức tổng kết …".
const EVENT = String.raw`(?:Hội nghị|hội nghị|Lớp|lớp|Hội thảo|hội thảo|Tọa đàm|tọa đàm|Toạ đàm|chương trình|Chương trình|buổi|Buổi|đợt|tập huấn|Tập huấn|sơ kết|tổng kết|phiên họp|phiên)`;
const ORGANISE = String.raw`(?:đồng tổ chức|phối hợp tổ chức|tổ chức|khai mạc|khai giảng|mở|họp)`;
/** "A (đã) (phối hợp với B) tổ chức Hội nghị …" */
const ACTIVE = new RegExp(
  String.raw`(?:đã\s+|vừa\s+)?(?:phối hợp\s+(?:(?:với|cùng)\s+(?<co>[^.;:\n]{3,200}?)|(?<co2>(?=\p{Lu})[^.;:\n]{3,200}?))\s+)?${ORGANISE}\s+(?=${EVENT}(?![${L}]))`,
  'gu',
);
/** "Hội nghị do A (phối hợp với B) tổ chức" */
const PASSIVE = new RegExp(
  String.raw`${EVENT}[^.;:\n]{0,120}?\s(?:được\s+)?do\s+(?<main>[^.;:\n]{3,200}?)\s+(?:phối hợp\s+(?:với|cùng)\s+(?<co>[^.;:\n]{3,200}?)\s+)?(?:đồng\s+)?(?:tổ chức|chủ trì)`,
  'gu',
);
const BODY_START = new RegExp(String.raw`^(?:${alternation(bodyStarts)})(?![${L}])`, 'u');
const AND_BODY = new RegExp(String.raw`\s+(?:và|cùng)\s+(?=(?:${alternation(bodyStarts)})(?![${L}]))`, 'u');

/**
 * A newspaper's dateline before the lead ("Báo Khánh Hòa - Ngày 20/11/2025, Ban Chỉ đạo … tổ chức …"):
 * it names where the article appeared, not a body that organised the event.
 */
const DATELINE = /\s[-–]\s*(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm|[Tt]ừ|[Tt]rong|[Vv]ào|[Tt]hứ|\d)|(?<![\d\/])\d{1,2}[\/-]\d{1,2}(?:[\/-]\d{4})?(?![\d\/])/u;

interface Piece {
  text: string;
  start: number;
}

/** Comma- or "và"-separated bodies inside `piece`, each starting like a body. `fromEnd` keeps the trailing ones only. */
function bodiesIn(piece: Piece, fromEnd: boolean): Piece[] {
  const parts: Piece[] = [];
  let offset = piece.start;
  // Commas inside "(viết tắt là …)" do not separate bodies.
  for (const raw of piece.text.split(/,(?![^(]*\))/u)) {
    const lead = raw.length - raw.trimStart().length;
    parts.push({ text: raw.trim(), start: offset + lead });
    offset += raw.length + 1;
  }
  const kept: Piece[] = [];
  const order = fromEnd ? [...parts].reverse() : parts;
  for (const p of order) {
    const body = BODY_START.test(p.text) && !DATELINE.test(p.text);
    if (!body) {
      if (kept.length > 0) break;
      continue;
    }
    fromEnd ? kept.unshift(p) : kept.push(p);
  }
  return kept.flatMap((p) => {
    const out: Piece[] = [];
    let rest = p;
    for (let m = AND_BODY.exec(rest.text); m; m = AND_BODY.exec(rest.text)) {
      out.push({ text: rest.text.slice(0, m.index), start: rest.start });
      const next = m.index + m[0].length;
      rest = { text: rest.text.slice(next), start: rest.start + next };
    }
    out.push(rest);
    return out;
  });
}

/** "UBND xã Tân Lập (huyện Mộc Châu, tỉnh Sơn La)": the place in brackets locates the body, it is not its name. */
const PLACE_ASIDE = /\s*\((?:[^()]*?(?:huyện|tỉnh|thành phố|quận|thị xã|xã|phường)\s)[^()]*\)/gu;

function toFound(p: Piece, defined: Map<string, string>, rule: string): Found<string> {
  return { value: expandAbbreviations(p.text.replace(PLACE_ASIDE, ''), defined), spans: [{ start: p.start, end: p.start + p.text.length }], rule };
}

export function findOrganizers(text: string, sentences: Range[]): OrganizerFindings {
  const defined = findDefinedAbbreviations(text);
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    PASSIVE.lastIndex = 0;
    const passive = PASSIVE.exec(sentence);
    if (passive) {
      const main = passive.groups!.main!;
      const mainStart = s.start + passive.index + passive[0].indexOf(` ${main}`) + 1;
      const mains = bodiesIn({ text: main, start: mainStart }, false);
      const co = passive.groups!.co;
      const cos = co ? bodiesIn({ text: co, start: s.start + passive.index + passive[0].lastIndexOf(co) }, false) : [];
      if (mains.length) return result(mains, cos, defined, 'organizer.do-to-chuc');
    }
    ACTIVE.lastIndex = 0;
    const active = ACTIVE.exec(sentence);
    if (active) {
      const before = { text: sentence.slice(0, active.index), start: s.start };
      const mains = bodiesIn(before, true);
      // "A phối hợp với B", and the terser "A phối hợp B" when B is capitalised like a body.
      const co = active.groups!.co ?? active.groups!.co2;
      const cos = co ? bodiesIn({ text: co, start: s.start + active.index + active[0].indexOf(co) }, false) : [];
      if (mains.length) return result(mains, cos, defined, co ? 'organizer.phoi-hop-voi' : 'organizer.to-chuc');
    }
  }
  return { organizers: [], coOrganizers: [] };
}

function result(mains: Piece[], cos: Piece[], defined: Map<string, string>, rule: string): OrganizerFindings {
  const coOrganizers = cos.map((p) => toFound(p, defined, 'organizer.phoi-hop-voi'));
  return { organizers: [...mains.map((p) => toFound(p, defined, rule)), ...coOrganizers], coOrganizers };
}
