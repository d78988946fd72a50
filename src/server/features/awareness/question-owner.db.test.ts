import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { awarenessActors, sampleQuestions, type Call } from './testing.js';

type Listed = { items: Array<{ text: string; province: { code: string; name: string } | null }>; total: number };

describe('question bank: who owns a question', () => {
  let t: TestApp;
  let call: Call;
  let admin: string;
  let caoBang: string;
  let hanoi: string;
  let reporter: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ call, admin, caoBang, hanoi, officer } = await awarenessActors(t));
    reporter = (await signedInAs(t, 'agency_reporter', '04')).cookie;
  });
  afterAll(() => t.close());

  const question = (text: string, provinceCode?: string | null) => ({ ...sampleQuestions()[2]!, text, ...(provinceCode === undefined ? {} : { provinceCode }) });
  const list = async (cookie: string, query: string) => (await call(cookie, 'GET', `/api/awareness/questions?pageSize=200&${query}`)).json() as Listed;

  it('lets a national administrator put a question in the national bank or in any province’s', async () => {
    const national = await call(admin, 'POST', '/api/awareness/questions', question('Câu hỏi toàn quốc về quyền trẻ em?', null));
    expect(national.statusCode).toBe(201);
    expect(national.json()).toMatchObject({ province: null, canEdit: true });

    const forCaoBang = await call(admin, 'POST', '/api/awareness/questions', question('Câu hỏi quản trị viên soạn cho Cao Bằng?', '04'));
    expect(forCaoBang.statusCode).toBe(201);
    expect(forCaoBang.json()).toMatchObject({ province: { code: '04', name: 'Cao Bằng' }, canEdit: true });
    // The province now owns it: Cao Bằng may edit it, Hà Nội does not even see it.
    expect((await call(caoBang, 'GET', `/api/awareness/questions/${forCaoBang.json().id}`)).json()).toMatchObject({ canEdit: true });
    expect((await call(hanoi, 'GET', `/api/awareness/questions/${forCaoBang.json().id}`)).statusCode).toBe(404);

    // …and move a national question to a province.
    const moved = await call(admin, 'PUT', `/api/awareness/questions/${national.json().id}`, { ...question('Câu hỏi toàn quốc về quyền trẻ em?', '01'), version: 1 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ province: { code: '01', name: 'Hà Nội' }, version: 2 });
  });

  it('refuses an owner that is not one of the 34 provinces, in Vietnamese', async () => {
    const unknown = await call(admin, 'POST', '/api/awareness/questions', question('Câu hỏi cho một tỉnh không có?', '99'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: 'provinceCode', message: 'Không có tỉnh, thành phố mã 99.' }]);
    const malformed = await call(admin, 'POST', '/api/awareness/questions', question('Câu hỏi có mã tỉnh sai dạng?', '4'));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ path: 'provinceCode', message: 'Mã tỉnh gồm 2 chữ số' }]);
    expect((await list(officer, `q=${encodeURIComponent('tinh khong co')}`)).total).toBe(0);
  });

  it('keeps a province’s accounts to their own province, whatever owner they send', async () => {
    const implicit = await call(caoBang, 'POST', '/api/awareness/questions', question('Câu hỏi Cao Bằng không chọn tỉnh?'));
    expect(implicit.json()).toMatchObject({ province: { code: '04' } });
    const national = await call(caoBang, 'POST', '/api/awareness/questions', question('Câu hỏi Cao Bằng gửi là toàn quốc?', null));
    expect(national.json()).toMatchObject({ province: { code: '04' } });
    expect((await call(reporter, 'POST', '/api/awareness/questions', question('Câu hỏi của báo cáo viên cơ quan?', '04'))).json()).toMatchObject({ province: { code: '04' } });

    const elsewhere = await call(caoBang, 'POST', '/api/awareness/questions', question('Câu hỏi Cao Bằng gửi cho Hà Nội?', '01'));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().detail).toBe('Bạn chỉ thêm, sửa được câu hỏi của tỉnh mình.');
    expect((await list(officer, `q=${encodeURIComponent('Cao Bằng gửi cho Hà Nội')}`)).total).toBe(0);

    // Nor can it hand its own question over to another province.
    const handOver = await call(caoBang, 'PUT', `/api/awareness/questions/${implicit.json().id}`, { ...question('Câu hỏi Cao Bằng không chọn tỉnh?', '01'), version: 1 });
    expect(handOver.statusCode).toBe(403);
    expect((await call(officer, 'GET', `/api/awareness/questions/${implicit.json().id}`)).json()).toMatchObject({ province: { code: '04' }, version: 1 });
  });

  it('filters the bank by province', async () => {
    const caoBangOnly = await list(officer, 'province=04');
    expect(caoBangOnly.total).toBeGreaterThanOrEqual(4);
    expect(caoBangOnly.items.every((q) => q.province?.code === '04')).toBe(true);
    expect((await list(officer, 'province=01')).items.map((q) => q.text)).toEqual(['Câu hỏi toàn quốc về quyền trẻ em?']);
    // A province reads only its own questions, whichever province it asks for.
    expect((await list(hanoi, 'province=04')).total).toBe(0);
    expect((await list(caoBang, 'province=04')).total).toBe(caoBangOnly.total);
    const bad = await call(officer, 'GET', '/api/awareness/questions?province=Cao%20Bang');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'province', message: 'Mã tỉnh gồm 2 chữ số' }]);
  });
});
