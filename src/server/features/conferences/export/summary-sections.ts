import type { Paragraph, Table } from 'docx';
import type { Conference } from '../../../../shared/api/conferences.js';
import { countPoints } from '../../../../shared/conferences/point-count.js';
import { formatViDate, formatViNumber } from '../../../../shared/text/index.js';
import { bodyParagraph, gridTable, labelled, noInformation, numberedHeading, type GridCell, type RunSpec } from './docx-blocks.js';
import {
  formatLabels,
  levelLabels,
  materialKindLabels,
  officialRoleLabels,
  partOfDayLabels,
  pointLevelLabels,
  qualifierWords,
  statusLabels,
  themeLabel,
} from './labels.js';

/** The body of one numbered section; an empty array means "leave the section out". */
export type Block = Paragraph | Table;
export type Section = { title: string; blocks: Block[]; optional: boolean };

const letter = (i: number) => String.fromCharCode(97 + (i % 26)); // a), b), c) …
/** The press writes "hơn 3.000 đại biểu", "khoảng 120 đại biểu", "95 đại biểu". */
export const participantsText = (n: number, qualifier: Conference['participantsQualifier']) =>
  `${qualifierWords[qualifier] ? `${qualifierWords[qualifier]} ` : ''}${formatViNumber(n)} đại biểu`;
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** Items of a list end with ";" and the last with "." as in administrative enumerations. */
const punctuate = (text: string, last: boolean) => `${text.replace(/[.;,:\s]+$/u, '')}${last ? '.' : ';'}`;

/** "08 giờ 00, buổi sáng ngày 20/04/2023" or "Từ ngày 13/06/2023 đến ngày 14/06/2023". */
export function timeText(c: Pick<Conference, 'startDate' | 'endDate' | 'startTime' | 'partOfDay'>): string {
  const [hh, mm] = c.startTime?.split(':') ?? [];
  const clock = hh && mm ? `${hh} giờ ${mm}` : null;
  const part = c.partOfDay ? partOfDayLabels[c.partOfDay] : null;
  const days =
    c.endDate && c.endDate !== c.startDate
      ? `từ ngày ${formatViDate(c.startDate)} đến ngày ${formatViDate(c.endDate)}`
      : `ngày ${formatViDate(c.startDate)}`;
  const when = part && !days.startsWith('từ') ? `${part} ${days}` : [part, days].filter(Boolean).join(', ');
  return capitalise([clock, when].filter(Boolean).join(', '));
}

function participantsLine(c: Conference): string | null {
  const main = c.participantsActual ?? c.participantsPlanned;
  const clauses: string[] = [];
  if (main !== null) {
    const planned = c.participantsActual === null || c.status === 'planned';
    let clause = `${planned ? 'dự kiến ' : ''}${participantsText(main, c.participantsQualifier)}`;
    if (c.participantsActual !== null && c.participantsPlanned !== null && c.participantsPlanned !== c.participantsActual) {
      clause += ` (dự kiến ${formatViNumber(c.participantsPlanned)} đại biểu)`;
    }
    clauses.push(clause);
  }
  if (c.connectionPointsAttendance > 0 && c.connectionPointsAttendance !== main) {
    clauses.push(`tổng số đại biểu thực tế tại các điểm cầu: ${formatViNumber(c.connectionPointsAttendance)}`);
  }
  return clauses.length ? capitalise(clauses.join('; ')) : null;
}

/**
 * Venue and province. A record kept under a pre-2025 province says which province it now belongs
 * to, unless the province kept its name (Cao Bằng stayed Cao Bằng: "Cao Bằng (nay thuộc Cao Bằng)"
 * would read as a mistake).
 */
export function placeText(c: Pick<Conference, 'venue' | 'province' | 'legacyProvince'>): string | null {
  const old = c.legacyProvince;
  const province = old && c.province && old.name !== c.province.name ? `${old.name} (nay thuộc ${c.province.name})` : (old?.name ?? c.province?.name);
  const place = [c.venue, province].filter(Boolean);
  return place.length ? place.join(', ') : null;
}

/** I. Thông tin chung: time, place, format, organisers, audience, attendance, summary. */
export function generalSection(c: Conference): Section {
  const items: Array<[string, string | RunSpec[]]> = [];
  items.push(['Thời gian', timeText(c)]);
  const place = placeText(c);
  if (place) items.push(['Địa điểm', place]);
  if (c.format) items.push(['Hình thức', formatLabels[c.format]]);
  items.push(['Cấp hội nghị', levelLabels[c.level]]);
  if (c.status !== 'held') items.push(['Tình trạng', statusLabels[c.status]]);
  const organisers = c.organisers.filter((o) => o.role === 'organizer').map((o) => o.name);
  const partners = c.organisers.filter((o) => o.role === 'co_organizer').map((o) => o.name);
  if (organisers.length) items.push(['Đơn vị tổ chức', organisers.join('; ')]);
  if (partners.length) items.push(['Đơn vị phối hợp', partners.join('; ')]);
  if (c.audiences.length) items.push(['Thành phần', c.audiences.join('; ')]);
  const participants = participantsLine(c);
  if (participants) items.push(['Số đại biểu', participants]);

  const blocks: Block[] = items.map(([label, value], i) => labelled(`${i + 1}.`, label, value));
  const summary = c.summary?.split(/\n+/).map((s) => s.trim()).filter(Boolean) ?? [];
  if (summary.length) {
    blocks.push(numberedHeading(items.length + 1, 'Tóm tắt diễn biến'));
    blocks.push(...summary.map((p) => bodyParagraph(p)));
  }
  return { title: 'Thông tin chung', blocks, optional: false };
}

const sumOrDash = (values: Array<number | null>) =>
  values.some((v) => v !== null) ? formatViNumber(values.reduce<number>((a, v) => a + (v ?? 0), 0)) : '-';

/** Above this many rows, the levels with many rows are summed into one row each. */
const DETAILED_POINTS_MAX = 30;
const COLLAPSE_LEVEL_MIN = 10;

/**
 * II. Điểm cầu: a sentence counting the points by level, then the table with a total row.
 * A province-wide online training reaches every commune (161 in the Cao Bằng one); listing
 * each commune would fill pages with identical rows, so past 30 rows the levels with more
 * than 10 rows become one summed row, as the press reports them ("161 điểm cầu cấp xã"). A row
 * recorded as a group (`pointCount` > 1) counts as that many points in every figure.
 */
export function connectionPointsSection(c: Conference): Section {
  const points = c.connectionPoints;
  if (points.length === 0) return { title: 'Điểm cầu', blocks: [], optional: true };
  const byLevel = new Map<Conference['connectionPoints'][number]['level'], typeof points>();
  for (const p of points) byLevel.set(p.level, [...(byLevel.get(p.level) ?? []), p]);
  const main = points.find((p) => p.isMain);
  const levelName = (level: keyof typeof pointLevelLabels) => pointLevelLabels[level].toLocaleLowerCase('vi');
  const counted = [...byLevel].map(([level, ps]) => `${formatViNumber(countPoints(ps))} điểm cầu cấp ${levelName(level)}`);
  const intro = bodyParagraph(
    `Hội nghị được tổ chức tại ${formatViNumber(countPoints(points))} điểm cầu${main ? ` (điểm cầu chính: ${main.name})` : ''}, gồm: ${counted.join(', ')}.`,
  );
  const collapsed = new Set(
    points.length > DETAILED_POINTS_MAX
      ? [...byLevel].filter(([, ps]) => ps.length > COLLAPSE_LEVEL_MIN && !ps.some((p) => p.isMain)).map(([level]) => level)
      : [],
  );
  const count = (n: number | null) => (n === null ? '-' : formatViNumber(n));
  const rows: GridCell[][] = [];
  const summedLevels = new Set<string>();
  for (const p of points) {
    if (collapsed.has(p.level)) {
      if (summedLevels.has(p.level)) continue;
      summedLevels.add(p.level);
      const group = byLevel.get(p.level)!;
      rows.push([
        { text: formatViNumber(rows.length + 1), align: 'center' },
        { text: `${formatViNumber(countPoints(group))} điểm cầu cấp ${levelName(p.level)}` },
        { text: pointLevelLabels[p.level], align: 'center' },
        { text: '' },
        { text: sumOrDash(group.map((g) => g.plannedAttendance)), align: 'right' },
        { text: sumOrDash(group.map((g) => g.actualAttendance)), align: 'right' },
      ]);
      continue;
    }
    rows.push([
      { text: formatViNumber(rows.length + 1), align: 'center' },
      { text: p.isMain ? `${p.name} (điểm cầu chính)` : p.pointCount > 1 ? `${p.name} (${formatViNumber(p.pointCount)} điểm cầu)` : p.name },
      { text: pointLevelLabels[p.level], align: 'center' },
      { text: p.hostOrganisationName ?? '' },
      { text: count(p.plannedAttendance), align: 'right' },
      { text: count(p.actualAttendance), align: 'right' },
    ]);
  }
  rows.push([
    { text: 'Tổng cộng', bold: true, align: 'center', span: 4 },
    { text: sumOrDash(points.map((p) => p.plannedAttendance)), bold: true, align: 'right' },
    { text: sumOrDash(points.map((p) => p.actualAttendance)), bold: true, align: 'right' },
  ]);
  const table = gridTable([12, 54, 17, 46, 18, 18], ['STT', 'Tên điểm cầu', 'Cấp', 'Đơn vị chủ trì', 'Dự kiến', 'Thực tế'], rows);
  const blocks: Block[] = [intro, table];
  if (collapsed.size) {
    const levels = [...collapsed].map((l) => `cấp ${levelName(l)}`).join(', ');
    blocks.push(bodyParagraph({ text: `Ghi chú: số liệu các điểm cầu ${levels} được cộng gộp; danh sách chi tiết từng điểm cầu xem trên hệ thống.`, italics: true, pt: 13 }, { spacing: { before: 60, after: 120 } }));
  } else {
    blocks.push(bodyParagraph('', { spacing: { after: 0 } }));
  }
  return { title: 'Điểm cầu', blocks, optional: true };
}

/** "Thiếu tướng Nguyễn Văn Kỷ", or "đồng chí Lâm Hải Giang" when no rank was recorded. */
const personName = (rank: string | null, name: string) => `${rank ? rank : 'Đồng chí'} ${name}`;
/** The title, then the body when the title doesn't already name it. */
function titleAndBody(title: string | null, organisation: string | null): string {
  const parts = [title];
  if (organisation && !(title ?? '').toLocaleLowerCase('vi').includes(organisation.toLocaleLowerCase('vi'))) parts.push(organisation);
  return parts.filter(Boolean).join(', ');
}

/** III. Lãnh đạo tham dự: one line each, rank + name, title, role (and connection point). */
export function officialsSection(c: Conference): Section {
  const blocks = c.officials.map((o, i) => {
    const point = o.connectionPointIndex !== null ? c.connectionPoints[o.connectionPointIndex]?.name : undefined;
    const detail = titleAndBody(o.title, o.organisationName);
    const role = `${officialRoleLabels[o.role]}${point ? `, tại điểm cầu ${point}` : ''}`;
    return bodyParagraph([
      '- ',
      { text: personName(o.rank, o.name), bold: true },
      punctuate(`${detail ? `, ${detail}` : ''} (${role})`, i === c.officials.length - 1),
    ]);
  });
  return { title: 'Lãnh đạo tham dự', blocks: blocks.length ? blocks : [noInformation()], optional: false };
}

/** IV. Nội dung chuyên đề: numbered topics with their speaker, themes and length. */
export function agendaSection(c: Conference): Section {
  const blocks: Block[] = [];
  if (c.agenda.length) blocks.push(bodyParagraph(`Hội nghị đã nghe báo cáo viên trình bày ${formatViNumber(c.agenda.length)} chuyên đề:`));
  c.agenda.forEach((a, i) => {
    blocks.push(bodyParagraph([{ text: `${i + 1}. Chuyên đề “${a.title}”`, bold: true }], { keepNext: true }));
    if (a.speakerName) {
      const detail = titleAndBody(a.speakerTitle, a.speakerOrganisationName);
      blocks.push(bodyParagraph(`- Báo cáo viên: ${personName(a.speakerRank, a.speakerName)}${detail ? `, ${detail}` : ''}.`));
    }
    if (a.themes.length) blocks.push(bodyParagraph(`- Lĩnh vực: ${a.themes.map(themeLabel).join('; ')}.`));
    if (a.durationMinutes) blocks.push(bodyParagraph(`- Thời lượng: ${formatViNumber(a.durationMinutes)} phút.`));
  });
  return { title: 'Nội dung chuyên đề', blocks: blocks.length ? blocks : [noInformation()], optional: false };
}

/** V. Tài liệu, phim: left out when nothing was distributed or shown. */
export function materialsSection(c: Conference): Section {
  const blocks = c.materials.map((m, i) => {
    const topic = m.agendaItemIndex !== null ? c.agenda[m.agendaItemIndex] : undefined;
    const extra = [topic ? `kèm chuyên đề ${m.agendaItemIndex! + 1}` : null, m.url].filter(Boolean).join('; ');
    return bodyParagraph(punctuate(`- ${materialKindLabels[m.kind]}: “${m.title}”${extra ? ` (${extra})` : ''}`, i === c.materials.length - 1));
  });
  return { title: 'Tài liệu, phim', blocks, optional: true };
}

function responsibility(o: Conference['outcomes'][number]): string {
  const who = [o.responsibleOrganisationName, o.responsibleText].filter(Boolean).join(', ');
  const parts = [who ? `Đơn vị thực hiện: ${who}` : null, o.dueDate ? `thời hạn: ${formatViDate(o.dueDate)}` : null].filter(Boolean);
  return parts.length ? capitalise(parts.join('; ')) : '';
}

/** VI. Kết quả: 1. limitations, 2. directions with who does them by when. */
export function outcomesSection(c: Conference): Section {
  const blocks: Block[] = [];
  const groups = [
    ['Hạn chế', c.outcomes.filter((o) => o.kind === 'limitation')],
    ['Chỉ đạo, đề nghị', c.outcomes.filter((o) => o.kind === 'direction')],
  ] as const;
  groups.forEach(([title, items], g) => {
    blocks.push(numberedHeading(g + 1, title));
    if (items.length === 0) blocks.push(noInformation());
    items.forEach((o, i) => {
      const who = responsibility(o);
      blocks.push(
        bodyParagraph([`${letter(i)}) ${punctuate(o.text, i === items.length - 1)}`, ...(who ? [{ text: ` (${who}).`, italics: true }] : [])]),
      );
    });
  });
  return { title: 'Kết quả', blocks, optional: false };
}

/** VII. Nguồn tin: where the facts in this report come from. */
export function sourcesSection(c: Conference): Section {
  const blocks = c.sources.map((s, i) => {
    const head = [s.publisher, s.publishedDate ? `ngày ${formatViDate(s.publishedDate)}` : null].filter(Boolean).join(', ');
    const text = [head, s.title ? `“${s.title}”` : null].filter(Boolean).join(': ');
    return bodyParagraph([`${i + 1}. ${text || 'Nguồn tin'}${s.url ? '. ' : '.'}`, ...(s.url ? [{ text: s.url, italics: true }] : [])], {
      // The last line of the report stays on the page of the signature, never leaving it alone.
      keepNext: i === c.sources.length - 1,
    });
  });
  return { title: 'Nguồn tin', blocks: blocks.length ? blocks : [noInformation({ keepNext: true })], optional: false };
}
