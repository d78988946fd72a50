import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFromSourceText } from '../../../shared/intake/extract/index.js';
import { searchKey } from '../../../shared/text/index.js';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { resolveProvinceName } from '../admin-units/resolve-place.js';
import type { Actor } from '../auth/actor.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createOrganisation } from '../organisations/service.js';
import { organisations } from '../organisations/tables.js';
import { proposeConference } from './proposal.js';
import { draftWith } from './testing.js';

const actor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'cli@rights-desk.local',
  fullName: 'CLI',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};

const corpus = new URL('../../../../fixtures/corpus/', import.meta.url);
const gold = JSON.parse(fs.readFileSync(new URL('seeds.gold.json', corpus), 'utf8')) as Array<{ seed_file: string; province: string; event_date: string | null }>;
const source = { fileName: 'bai-bao.txt', sourceUrl: null };

describe('intake matches organisers to registry bodies of the province they name', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db, actor);
  });
  afterAll(() => database.close());

  const organisation = async (id: string) => (await database.db.select().from(organisations).where(eq(organisations.id, id)))[0]!;
  const suggestionsFor = async (fields: Parameters<typeof draftWith>[0]) => (await proposeConference(database.db, draftWith(fields), source)).organiserSuggestions;

  for (const g of gold) {
    it(`resolves the organisers of ${g.seed_file} (${g.province}) to its own province's bodies or national ones`, async () => {
      const text = fs.readFileSync(new URL(`seeds/${g.seed_file}`, corpus), 'utf8');
      const x = extractFromSourceText(text);
      const place = (await resolveProvinceName(database.db, g.province, g.event_date ?? '2024-01-01'))!;
      const ownNames = [place.province.name, place.legacyProvince?.name].filter((n): n is string => Boolean(n)).map(searchKey);
      const { organiserSuggestions } = await proposeConference(database.db, x, source);
      expect(organiserSuggestions).toHaveLength((x.organizers ?? []).length + (x.co_organizers ?? []).length);
      for (const s of organiserSuggestions) {
        // The demo registry holds every body the seed articles name.
        expect(s.organisationId, s.name).not.toBeNull();
        const org = await organisation(s.organisationId!);
        if (org.provinceCode === null) continue;
        expect(org.provinceCode, `${s.name} → ${org.name}`).toBe(place.province.code);
        expect(ownNames.some((n) => searchKey(org.name).includes(n)), `${s.name} → ${org.name}`).toBe(true);
      }
    });
  }

  it("offers no match for another province's Steering Committee, whatever the registry holds", async () => {
    const [caoBang] = await database.db.select().from(organisations).where(eq(organisations.name, 'Ban Chỉ đạo về Nhân quyền tỉnh Cao Bằng'));
    expect(caoBang).toBeDefined();
    const [s] = await suggestionsFor({ province: 'Quảng Ngãi', event_date: '2024-05-10', organizers: ['Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi'] });
    expect(s).toMatchObject({ organisationId: null, organisationName: null });
    // Named in an article about another province, the body's own province still rules.
    const [named] = await suggestionsFor({ province: 'Cao Bằng', organizers: ['Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi'] });
    expect(named!.organisationId).toBeNull();
  });

  it('reads "tỉnh" without a name as the article\'s province, and finds nothing when the article names none', async () => {
    const [caoBang] = await database.db.select().from(organisations).where(eq(organisations.name, 'Ban Chỉ đạo về Nhân quyền tỉnh Cao Bằng'));
    const [own] = await suggestionsFor({ province: 'Cao Bằng', organizers: ['Ban Chỉ đạo nhân quyền tỉnh'] });
    expect(own!.organisationId).toBe(caoBang!.id);
    const [unknown] = await suggestionsFor({ province: null, organizers: ['Ban Chỉ đạo nhân quyền tỉnh'] });
    expect(unknown!.organisationId).toBeNull();
  });

  it('matches an old province name to its own body or to its successor, never to a sibling merged into the same province', async () => {
    // Bắc Kạn and Thái Nguyên merged into Thái Nguyên (19) on 1 July 2025.
    const bacKan = await createOrganisation(database.db, actor, { name: 'Sở Tư pháp tỉnh Bắc Kạn', shortName: null, kind: 'department', provinceCode: '19' });
    const [fromBacKan] = await suggestionsFor({ province: 'Bắc Kạn', event_date: '2024-03-01', organizers: ['Sở Tư pháp tỉnh Bắc Kạn'] });
    expect(fromBacKan!.organisationId).toBe(bacKan.id);
    const [fromThaiNguyen] = await suggestionsFor({ province: 'Thái Nguyên', event_date: '2024-03-01', organizers: ['Sở Tư pháp tỉnh Thái Nguyên'] });
    expect(fromThaiNguyen!.organisationId).toBeNull();

    const thaiNguyen = await createOrganisation(database.db, actor, { name: 'Công an tỉnh Thái Nguyên', shortName: null, kind: 'police', provinceCode: '19' });
    const [successor] = await suggestionsFor({ province: 'Bắc Kạn', event_date: '2024-03-01', organizers: ['Công an tỉnh Bắc Kạn'] });
    expect(successor!.organisationId).toBe(thaiNguyen.id);
  });

  it('keeps national bodies for names that name no province, and tells kinds of body apart', async () => {
    const [vptt] = await suggestionsFor({ province: 'Cao Bằng', organizers: ['Văn phòng Thường trực về Nhân quyền Chính phủ'] });
    expect(vptt!.organisationName).toBe('Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ');
    const [provincial] = await suggestionsFor({ province: 'Cao Bằng', organizers: ['Văn phòng Thường trực Ban Chỉ đạo Nhân quyền tỉnh Cao Bằng'] });
    expect(provincial!.organisationId).toBeNull();
    // Bắc Kạn's security committee is in the registry; its human-rights committee is not.
    const [otherKind] = await suggestionsFor({ province: 'Bắc Kạn', event_date: '2023-06-13', organizers: ['Ban Chỉ đạo về Nhân quyền tỉnh Bắc Kạn'] });
    expect(otherKind!.organisationId).toBeNull();
  });
});
