import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Commune, Province } from '../../../shared/api/admin-units.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';

describe('administrative units API', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ cookie } = await signedInAs(t, 'viewer'));
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const provinceCodes = async (q: string) => {
    const res = await get(`/api/provinces?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: Province[] }).items.map((p) => p.code);
  };

  it('declares every route with the reference.read permission', async () => {
    const ours = t.app.routeTable.filter((r) => /^\/api\/(provinces|legacy-provinces|places|communes)/.test(r.url));
    expect(ours.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/communes',
      'GET /api/legacy-provinces',
      'GET /api/places/resolve',
      'GET /api/provinces',
      'GET /api/provinces/:code',
      'GET /api/provinces/:code/communes',
    ]);
    expect(new Set(ours.map((r) => r.access))).toEqual(new Set(['reference.read']));
  });

  describe('GET /api/provinces', () => {
    it('lists the 34 provinces in code order, each with the old provinces merged into it', async () => {
      const res = await get('/api/provinces');
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: Province[]; total: number };
      expect(body.total).toBe(34);
      expect(body.items).toHaveLength(34);
      expect(body.items.map((p) => p.code)).toEqual([...body.items.map((p) => p.code)].sort());
      expect(body.items.reduce((n, p) => n + p.communeCount, 0)).toBe(3321);
      expect(body.items.reduce((n, p) => n + p.legacyProvinces.length, 0)).toBe(63);
      expect(body.items[0]).toEqual({
        code: '01',
        name: 'Hà Nội',
        fullName: 'Thành phố Hà Nội',
        nameEn: 'Hanoi',
        kind: 'municipality',
        communeCount: 126,
        areaKm2: 3360,
        legacyProvinces: [{ code: '01', name: 'Hà Nội' }],
      });
    });

    it('pages with page and pageSize, keeping the total', async () => {
      const res = await get('/api/provinces?page=2&pageSize=10');
      const body = res.json() as { items: Province[]; total: number };
      expect(body.total).toBe(34);
      expect(body.items.map((p) => p.code)).toEqual(['24', '25', '31', '33', '37', '38', '40', '42', '44', '46']);
      const last = (await get('/api/provinces?page=4&pageSize=10')).json() as { items: Province[]; total: number };
      expect(last.items.map((p) => p.code)).toEqual(['86', '91', '92', '96']);
      expect(((await get('/api/provinces?page=9&pageSize=10')).json() as { items: Province[] }).items).toEqual([]);
    });

    it('searches without diacritics, also through the names of merged provinces', async () => {
      expect(await provinceCodes('hoa binh')).toEqual(['25']); // Hòa Bình merged into Phú Thọ
      expect(await provinceCodes('ha giang')).toEqual(['08']); // Hà Giang merged into Tuyên Quang
      expect(await provinceCodes('hoà')).toEqual(await provinceCodes('hòa'));
      expect((await provinceCodes('dak lak'))[0]).toBe('66');
      expect((await provinceCodes('daklak'))[0]).toBe('66');
      expect((await provinceCodes('TPHCM'))[0]).toBe('79');
      expect(await provinceCodes('brvt')).toEqual(['79']);
      expect(await provinceCodes('hn')).toEqual(['01']);
      expect(await provinceCodes('không có tỉnh này')).toEqual([]);
    });

    it('returns the paged total of a search', async () => {
      const body = (await get('/api/provinces?q=hoa&pageSize=1')).json() as { items: Province[]; total: number };
      expect(body).toMatchObject({ total: 3, items: [{ code: '38', name: 'Thanh Hóa' }] });
    });

    it('refuses a page size over 200 with a Vietnamese problem document', async () => {
      const res = await get('/api/provinces?pageSize=1000');
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json() as { code: string; status: number; detail: string; errors: Array<{ path: string }> };
      expect(problem).toMatchObject({ status: 400, code: 'VALIDATION', title: 'Dữ liệu không hợp lệ' });
      expect(problem.detail).toMatch(/^Có 1 lỗi trong tham số gửi lên: pageSize: /);
      expect(problem.errors).toEqual([{ path: 'pageSize', message: expect.any(String) }]);
    });

    it('requires a signed-in user', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/provinces' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('GET /api/provinces/:code', () => {
    it('returns one province with its predecessors', async () => {
      const res = await get('/api/provinces/79');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        code: '79',
        name: 'Hồ Chí Minh',
        fullName: 'Thành phố Hồ Chí Minh',
        kind: 'municipality',
        communeCount: 168,
        legacyProvinces: [
          { code: '74', name: 'Bình Dương' },
          { code: '77', name: 'Bà Rịa - Vũng Tàu' },
          { code: '79', name: 'Hồ Chí Minh' },
        ],
      });
      // Đồng Nai became a centrally-run city in 2026.
      expect(((await get('/api/provinces/75')).json() as Province).kind).toBe('municipality');
    });

    it('answers an unknown code with a 404 problem', async () => {
      const res = await get('/api/provinces/99');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: expect.stringContaining('mã 99'), instance: '/api/provinces/99' });
    });

    it('refuses a code that is not two digits', async () => {
      const res = await get('/api/provinces/abc');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'code', message: 'Mã tỉnh gồm 2 chữ số' }] });
    });
  });

  describe('GET /api/provinces/:code/communes', () => {
    const communesOf = async (code: string, query = '') => {
      const res = await get(`/api/provinces/${code}/communes?pageSize=200${query}`);
      expect(res.statusCode).toBe(200);
      return res.json() as { items: Commune[]; total: number };
    };

    it("lists a province's communes in Vietnamese alphabetical order", async () => {
      const { items, total } = await communesOf('22');
      expect(total).toBe(54);
      const names = items.map((c) => c.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
      expect(items.find((c) => c.name === 'Ba Chẽ')).toEqual({
        code: '06970',
        name: 'Ba Chẽ',
        fullName: 'Xã Ba Chẽ',
        kind: 'commune',
        provinceCode: '22',
      });
      expect(new Set(items.map((c) => c.kind))).toEqual(new Set(['ward', 'commune', 'special_zone']));
    });

    it('searches without diacritics, exact names first', async () => {
      const { items } = await communesOf('22', '&q=ba che');
      expect(items[0]).toMatchObject({ code: '06970', fullName: 'Xã Ba Chẽ' });
      expect((await communesOf('01', '&q=P. Ba Đình')).items.map((c) => c.fullName)).toEqual(['Phường Ba Đình']);
      expect((await communesOf('20', '&q=bac son')).items[0]).toMatchObject({ code: '06325', fullName: 'Xã Bắc Sơn' });
    });

    it('pages the communes', async () => {
      const all = await communesOf('79');
      expect(all.total).toBe(168);
      const page = (await get('/api/provinces/79/communes?page=3&pageSize=20')).json() as { items: Commune[]; total: number };
      expect(page.total).toBe(168);
      expect(page.items).toEqual(all.items.slice(40, 60));
    });

    it('answers an unknown province with a 404 problem', async () => {
      const res = await get('/api/provinces/99/communes');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('GET /api/legacy-provinces', () => {
    it('lists the 63 old provinces with the province each went into', async () => {
      const res = await get('/api/legacy-provinces');
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: Array<{ code: string; successor: { code: string } }>; total: number };
      expect(body.total).toBe(63);
      expect(body.items).toHaveLength(63);
      expect(new Set(body.items.map((l) => l.successor.code)).size).toBe(34);
    });

    it.each([
      ['bac kan', '06', { code: '19', name: 'Thái Nguyên' }],
      ['Hà Giang', '02', { code: '08', name: 'Tuyên Quang' }],
      ['BRVT', '77', { code: '79', name: 'Hồ Chí Minh' }],
      ['hoa binh', '17', { code: '25', name: 'Phú Thọ' }],
    ])('rolls %s up to its successor', async (q, code, successor) => {
      const body = (await get(`/api/legacy-provinces?q=${encodeURIComponent(q)}`)).json() as { items: unknown[] };
      expect(body.items).toEqual([expect.objectContaining({ code, successor })]);
    });
  });

  describe('GET /api/places/resolve', () => {
    const resolve = (name: string, date?: string) =>
      get(`/api/places/resolve?name=${encodeURIComponent(name)}${date ? `&date=${date}` : ''}`);

    it('resolves an old province name to the current province', async () => {
      const res = await resolve('tỉnh Bắc Kạn');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        province: { code: '19', name: 'Thái Nguyên' },
        legacyProvince: { code: '06', name: 'Bắc Kạn' },
        commune: null,
        legacyCommune: null,
        matchedBy: 'legacy_name',
      });
    });

    it('reads the date of the event for names shared by an old and a new province', async () => {
      expect((await resolve('Gia Lai')).json()).toMatchObject({ province: { code: '52' }, legacyProvince: null });
      expect((await resolve('Gia Lai', '2024-05-01')).json()).toMatchObject({ province: { code: '52' }, legacyProvince: { code: '64' } });
    });

    it('answers a place it cannot tell with a 404 problem', async () => {
      const res = await resolve('Nơi nào đó');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', detail: expect.stringContaining('Nơi nào đó') });
    });

    it('refuses an invalid date', async () => {
      expect((await resolve('Hà Nội', '2024-13-45')).statusCode).toBe(400);
    });

    it('requires a signed-in user', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/places/resolve?name=Hu%E1%BA%BF' })).statusCode).toBe(401);
    });
  });

  describe('GET /api/communes', () => {
    type Found = { items: Array<{ code: string; fullName: string; province: { code: string; name: string }; formerly: { fullName: string; district: string | null; province: string } | null }>; total: number };
    const search = async (query: string) => {
      const res = await get(`/api/communes?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Found;
    };

    it('finds a commune anywhere in the country without tone marks, with its province, its own name before old names', async () => {
      const { items } = await search('q=bao%20ha');
      expect(items[0]).toEqual({ code: '02989', name: 'Bảo Hà', fullName: 'Xã Bảo Hà', kind: 'commune', province: { code: '15', name: 'Lào Cai' }, formerly: null });
      // Typed with tone marks and the unit word, or run together, it is the same commune.
      expect((await search(`q=${encodeURIComponent('xã Bảo Hà')}`)).items[0]!.code).toBe('02989');
      expect((await search('q=baoha')).items[0]!.code).toBe('02989');
    });

    it('maps an old commune name to the commune it went into, saying where the old one was', async () => {
      const { items } = await search(`q=${encodeURIComponent('Phúc Xá')}`);
      expect(items).toContainEqual({
        code: '00097',
        name: 'Hồng Hà',
        fullName: 'Phường Hồng Hà',
        kind: 'ward',
        province: { code: '01', name: 'Hà Nội' },
        formerly: { fullName: 'Phường Phúc Xá', district: 'Quận Ba Đình', province: 'Hà Nội' },
      });
    });

    it('keeps to one province when asked, and asks for two characters at least', async () => {
      expect((await search('q=bao%20ha&province=79')).items.map((i) => i.code)).not.toContain('02989');
      expect((await search('q=bao%20ha&province=15')).items[0]!.code).toBe('02989');
      const short = await get('/api/communes?q=b');
      expect(short.statusCode).toBe(400);
      expect(short.json().errors[0].message).toBe('Gõ ít nhất 2 ký tự của tên xã, phường');
      expect((await search('q=zzqxw')).total).toBe(0);
    });
  });
});
