import { inflateRawSync } from 'node:zlib';
import type { ConferenceInput, Conference } from '../../../../shared/api/conferences.js';
import type { TestApp } from '../../../test-support/test-app.js';

/**
 * Test helpers for the exports: a realistic conference arranged through the API, and a
 * minimal zip reader so the tests read the .docx back without a dependency of their own.
 */

/** The text of one entry of a zip file (stored or deflated), or undefined when absent. */
export function readZipEntry(zip: Buffer, name: string): string | undefined {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const entryName = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    if (entryName === name) {
      const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** The visible text of a WordprocessingML part, one line per paragraph. */
export function docxText(documentXml: string): string {
  return documentXml
    .split(/<\/w:p>/)
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'");
}

export async function createOrganisation(t: TestApp, cookie: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie }, payload: body });
  if (res.statusCode !== 201) throw new Error(`organisation: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export async function createConferenceViaApi(t: TestApp, cookie: string, body: ConferenceInput): Promise<Conference> {
  const res = await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie }, payload: body });
  if (res.statusCode !== 201) throw new Error(`conference: ${res.statusCode} ${res.body}`);
  return res.json() as Conference;
}

const districts = ['Thành phố Cao Bằng', 'Hòa An', 'Hà Quảng', 'Trùng Khánh', 'Quảng Hòa', 'Bảo Lạc', 'Bảo Lâm', 'Nguyên Bình', 'Thạch An', 'Hạ Lang'];

/**
 * The Cao Bằng training of seed article 003, with the scale of the press reports on the
 * province-wide online trainings: "hơn 3.000 đại biểu" at the provincial point, 10 district
 * points and 161 commune points. Attendance at the points adds up to 3.100.
 */
export async function createCaoBangConference(t: TestApp, cookie: string): Promise<Conference> {
  const committee = await createOrganisation(t, cookie, {
    name: 'Ban Chỉ đạo về nhân quyền tỉnh Cao Bằng',
    shortName: 'BCĐNQ',
    kind: 'steering_committee',
    provinceCode: '04',
  });
  const office = await createOrganisation(t, cookie, {
    name: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ',
    shortName: 'VPTT',
    kind: 'standing_office',
  });
  const police = await createOrganisation(t, cookie, { name: 'Công an tỉnh Cao Bằng', kind: 'police', provinceCode: '04' });
  const districtHosts: string[] = [];
  for (const d of districts) {
    districtHosts.push(await createOrganisation(t, cookie, { name: d.startsWith('Thành phố') ? `UBND ${d}` : `UBND huyện ${d}`, kind: 'peoples_committee', provinceCode: '04' }));
  }
  const communePoints = Array.from({ length: 161 }, (_, i) => ({
    name: `Điểm cầu xã số ${String(i + 1).padStart(3, '0')}`,
    level: 'commune' as const,
    provinceCode: '04',
    plannedAttendance: 12,
    actualAttendance: i < 68 ? 13 : 12,
  }));
  return createConferenceViaApi(t, cookie, {
    title: 'Hội nghị tập huấn công tác nhân quyền năm 2023',
    level: 'provincial',
    provinceCode: '04',
    startDate: '2023-08-17',
    startTime: '08:00',
    partOfDay: 'morning',
    venue: 'Hội trường Ủy ban nhân dân tỉnh Cao Bằng',
    format: 'hybrid',
    status: 'held',
    participantsPlanned: 3200,
    participantsActual: 3000,
    participantsQualifier: 'more_than',
    audiences: [
      'Thành viên Ban Chỉ đạo về nhân quyền tỉnh',
      'Lãnh đạo, cán bộ các sở, ban, ngành, đoàn thể tỉnh',
      'Lãnh đạo, cán bộ làm công tác nhân quyền cấp huyện, cấp xã',
    ],
    summary:
      'Đây là lần đầu tiên Ban Chỉ đạo nhân quyền tỉnh tổ chức hội nghị tập huấn trên lĩnh vực nhân quyền với quy mô lớn, nhằm tạo chuyển biến tích cực về nhận thức của lãnh đạo, cán bộ làm công tác nhân quyền trên địa bàn toàn tỉnh.',
    organisers: [
      { organisationId: committee, role: 'organizer' },
      { organisationId: office, role: 'co_organizer' },
    ],
    connectionPoints: [
      { name: 'Hội trường UBND tỉnh Cao Bằng', level: 'province', provinceCode: '04', hostOrganisationId: police, isMain: true, plannedAttendance: 220, actualAttendance: 200 },
      ...districts.map((d, i) => ({
        name: `Điểm cầu ${d.startsWith('Thành phố') ? d : `huyện ${d}`}`,
        level: 'district' as const,
        provinceCode: '04',
        hostOrganisationId: districtHosts[i]!,
        plannedAttendance: 100,
        actualAttendance: 90,
      })),
      ...communePoints,
    ],
    officials: [
      {
        name: 'Nguyễn Trung Thảo',
        title: 'Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo công tác nhân quyền tỉnh Cao Bằng',
        role: 'opening_speech',
        connectionPointIndex: 0,
      },
      {
        name: 'Nguyễn Văn Kỷ',
        rank: 'Thiếu tướng',
        title: 'Phó Chánh Văn phòng Thường trực Ban Chỉ đạo nhân quyền',
        organisationId: office,
        role: 'speaker',
      },
    ],
    agenda: [
      {
        title:
          'Công tác bảo đảm quyền tự do tín ngưỡng, tôn giáo và một số kinh nghiệm trong đấu tranh với hoạt động lợi dụng tôn giáo chống phá Việt Nam của các thế lực thù địch',
        themes: ['belief_religion'],
        speakerName: 'Nguyễn Văn Kỷ',
        speakerRank: 'Thiếu tướng',
        speakerTitle: 'Phó Chánh Văn phòng Thường trực Ban Chỉ đạo nhân quyền',
        durationMinutes: 60,
      },
      { title: 'Công tác nhân quyền trong tình hình mới', themes: ['human_rights_general'] },
      {
        title:
          'Công tác đấu tranh, phản bác hoạt động xuyên tạc, tuyên truyền kích động chống phá Đảng, Nhà nước trên lĩnh vực dân chủ, nhân quyền trên không gian mạng',
        themes: ['cyberspace', 'civil_political'],
      },
      { title: 'Định hướng một số công tác nhân quyền trên địa bàn Cao Bằng thời gian tới', themes: ['human_rights_general'] },
    ],
    materials: [{ kind: 'film', title: 'Vạch trần âm mưu lợi dụng nhân quyền để chống phá của các thế lực thù địch', agendaItemIndex: 1 }],
    outcomes: [
      {
        kind: 'limitation',
        text: 'Nhận thức về quyền con người và công tác nhân quyền của một bộ phận cán bộ, công chức, viên chức tại một số cơ quan, đơn vị, địa phương chưa đầy đủ',
      },
      { kind: 'limitation', text: 'Cán bộ chưa được tiếp cận sâu, rộng với các kiến thức nền về công tác nhân quyền' },
      {
        kind: 'direction',
        text: 'Kết hợp chặt chẽ giữa “xây” và “chống”, lấy “xây” là chính, giữ vững ổn định bên trong',
        responsibleOrganisationId: committee,
        dueDate: '2023-12-31',
      },
      {
        kind: 'direction',
        text: 'Tham mưu tổ chức tập huấn chuyên sâu cho cán bộ cấp xã về công tác nhân quyền',
        responsibleText: 'Công an tỉnh và UBND các huyện, thành phố',
        dueDate: '2024-06-30',
      },
    ],
    sources: [
      {
        url: 'https://baocaobang.vn/hoi-nghi-tap-huan-cong-tac-nhan-quyen-nam-2023',
        title: 'Hội nghị tập huấn công tác nhân quyền năm 2023',
        publisher: 'Báo Cao Bằng',
        publishedDate: '2023-08-17',
      },
    ],
  });
}
