import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../shared/auth/permissions.js';
import { createTestApp, createUser, signIn, type TestApp } from '../../test-support/test-app.js';
import { insertFollowupOrganisation } from './testing.js';

/*
 * The people and bodies the follow-up route tests act as: the Standing Office's admin and officer,
 * Hà Nội's (01) secretariat, an agency reporter of Hà Nội's Department of Justice (lead body) and
 * one of its Department of Labour (co-operating body), a Hà Nội viewer, and Hồ Chí Minh City's (79)
 * secretariat. Test files each build their own (a fresh database per file).
 */

export type Who = 'admin' | 'officer' | 'sec01' | 'sec79' | 'agency' | 'partner' | 'viewer';

export type RouteFixture = {
  t: TestApp;
  ids: Record<Who, string>;
  orgs: { justice01: string; labour01: string; justice79: string; ministry: string };
  call: (who: Who, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  /** Uploads a small PDF through the materials upload (POST /api/files) and returns its id. */
  upload: (who: Who, fileName: string) => Promise<string>;
};

const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A day `n` days from today in Vietnam, yyyy-mm-dd. */
export const dayFromToday = (n: number) => new Date(Date.now() + 7 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

export async function createRouteFixture(): Promise<RouteFixture> {
  const t = await createTestApp();
  const db = t.database.db;
  const orgs = {
    justice01: await insertFollowupOrganisation(db, 'Sở Tư pháp thành phố Hà Nội', '01'),
    labour01: await insertFollowupOrganisation(db, 'Sở Nội vụ thành phố Hà Nội', '01'),
    justice79: await insertFollowupOrganisation(db, 'Sở Tư pháp Thành phố Hồ Chí Minh', '79'),
    ministry: await insertFollowupOrganisation(db, 'Bộ Tư pháp', null, 'ministry'),
  };
  const cookies = {} as Record<Who, string>;
  const ids = {} as Record<Who, string>;
  const as = async (who: Who, role: Role, provinceCode: string | null, organisationId: string | null = null) => {
    const u = await createUser(t.database, { role, provinceCode, organisationId, fullName: `Cán bộ ${who}` });
    ids[who] = u.id;
    cookies[who] = await signIn(t.app, u.email);
  };
  await as('admin', 'national_admin', null);
  await as('officer', 'national_officer', null);
  await as('sec01', 'provincial_secretariat', '01');
  await as('sec79', 'provincial_secretariat', '79');
  await as('agency', 'agency_reporter', '01', orgs.justice01);
  await as('partner', 'agency_reporter', '01', orgs.labour01);
  await as('viewer', 'viewer', '01');
  const call: RouteFixture['call'] = (who, method, url, payload) =>
    t.app.inject({ method, url: `/api${url}`, headers: { cookie: cookies[who] }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload: RouteFixture['upload'] = async (who, fileName) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie: cookies[who], 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      payload: pdfBytes,
    });
    if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  return { t, ids, orgs, call, upload };
}
