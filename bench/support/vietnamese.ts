// Small Vietnamese vocabularies shared by the benchmark data generators, and a seeded PRNG so
// that every run (and every engine) gets the same data.

export const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const middleNames = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu', 'Hoài', 'Công', 'Kim', 'Bảo'];
export const givenNames = [
  'An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga',
  'Ngọc', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Trung', 'Tuấn', 'Uyên', 'Việt', 'Xuân', 'Yến',
];
export const agencies = [
  'Sở Tư pháp',
  'Công an tỉnh',
  'Ban Dân tộc và Tôn giáo',
  'Sở Nội vụ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Tỉnh đoàn',
  'Hội Cựu chiến binh tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Ủy ban nhân dân xã',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
  'Hội Người khuyết tật tỉnh',
];
export const positions = ['Chuyên viên', 'Trưởng phòng', 'Phó Trưởng phòng', 'Phó Giám đốc', 'Chủ tịch', 'Phó Chủ tịch', 'Công chức Tư pháp - Hộ tịch', 'Cán bộ Văn hóa - Xã hội', 'Cán bộ'];

export const speakerTitles = [
  'Phó Vụ trưởng Vụ Nhân quyền, Bộ Ngoại giao',
  'Giảng viên Học viện Chính trị quốc gia Hồ Chí Minh',
  'Phó Chánh Văn phòng Thường trực Ban Chỉ đạo nhân quyền',
  'Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp',
  'Phó Cục trưởng Cục Trẻ em',
  'Chuyên viên Ban Tôn giáo Chính phủ',
];
export const speakerRanks = ['TS.', 'ThS.', 'PGS.TS.', 'Đại tá', 'Thượng tá', null];

/** Title phrases and the rights theme each topic stands for. */
export const titlePrefixes = [
  'Hội nghị tập huấn công tác nhân quyền',
  'Hội nghị tập huấn',
  'Lớp bồi dưỡng kiến thức',
  'Hội nghị phổ biến, tuyên truyền',
  'Hội nghị quán triệt, triển khai',
];
export const topics: Array<{ phrase: string; theme: string }> = [
  { phrase: 'về quyền tự do tín ngưỡng, tôn giáo', theme: 'belief_religion' },
  { phrase: 'về quyền trẻ em', theme: 'children' },
  { phrase: 'về quyền của người khuyết tật', theme: 'persons_with_disabilities' },
  { phrase: 'về bình đẳng giới', theme: 'gender_equality' },
  { phrase: 'về quyền của người lao động', theme: 'labour_rights' },
  { phrase: 'về quyền của đồng bào dân tộc thiểu số', theme: 'ethnic_minorities' },
  { phrase: 'về bảo đảm quyền con người trên không gian mạng', theme: 'cyberspace' },
  { phrase: 'về quyền của người cao tuổi', theme: 'elderly' },
  { phrase: 'về cơ chế rà soát định kỳ phổ quát (UPR) và các công ước quốc tế', theme: 'international_mechanisms' },
  { phrase: 'về trợ giúp pháp lý và tiếp cận công lý', theme: 'legal_aid_justice' },
  { phrase: 'về thông tin, tuyên truyền, đấu tranh phản bác luận điệu sai trái về nhân quyền', theme: 'communication' },
  { phrase: 'về quyền con người', theme: 'human_rights_general' },
];
export const audienceChoices = ['Cán bộ, công chức cấp xã', 'Báo cáo viên pháp luật', 'Chức sắc, chức việc tôn giáo', 'Người có uy tín trong đồng bào dân tộc thiểu số', 'Cán bộ Công an cấp xã', 'Giáo viên'];

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** A v4-shaped UUID drawn from the PRNG (deterministic, unlike crypto.randomUUID). */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(next() * 4)]!;
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, uuid };
}
export type Prng = ReturnType<typeof prng>;

/**
 * The `i`-th distinct (name, agency) pair out of familyNames × middleNames × givenNames × agencies,
 * visited in a scrambled but repeatable order: no two `i` below the product give the same pair.
 */
export function personAt(i: number) {
  const nf = familyNames.length, nm = middleNames.length, ng = givenNames.length, na = agencies.length;
  const total = nf * nm * ng * na;
  const k = Number((BigInt(i) * 7919n) % BigInt(total)); // 7919 is prime and divides no factor: a permutation
  return {
    fullName: `${familyNames[k % nf]} ${middleNames[Math.floor(k / nf) % nm]} ${givenNames[Math.floor(k / (nf * nm)) % ng]}`,
    agency: agencies[Math.floor(k / (nf * nm * ng)) % na]!,
    position: positions[k % positions.length]!,
  };
}
