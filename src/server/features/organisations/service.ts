import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import {
  organisationInputSchema,
  type Organisation,
  type OrganisationInput,
  type OrganisationKind,
} from '../../../shared/api/organisations.js';
import { searchKey } from '../../../shared/text/index.js';
import { recordAudit } from '../audit/record.js';
import { assertProvinceAccess, provinceScope, type Actor } from '../auth/actor.js';
import {
  countChildren,
  deleteOrganisationRow,
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  organisationsWithNameIn,
  provinceExists,
  updateOrganisationIfVersion,
} from './queries.js';

type Row = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

function toOrganisation({ org, provinceName, parentName }: Row): Organisation {
  return {
    id: org.id,
    name: org.name,
    shortName: org.shortName,
    kind: org.kind as OrganisationKind,
    provinceCode: org.provinceCode,
    provinceName,
    parentId: org.parentId,
    parentName,
    version: org.version,
  };
}

const keyOf = (name: string, shortName: string | null) => searchKey([name, shortName ?? ''].join(' '));

/**
 * The registry is read by everyone (a province needs to name the Standing Office as co-organiser),
 * but a province manages only its own bodies; national bodies are managed nationally.
 */
export async function listOrganisationsFor(
  db: Db,
  query: { q?: string; kind?: OrganisationKind; province?: string; page: number; pageSize: number },
) {
  const { items, total } = await listOrganisations(
    db,
    { searchKey: query.q ? searchKey(query.q) : undefined, kind: query.kind, provinceCode: query.province },
    query.page,
    query.pageSize,
  );
  return { items: items.map(toOrganisation), total };
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation> {
  const row = await findOrganisation(db, id);
  if (!row) throw notFound('Cơ quan');
  return toOrganisation(row);
}

async function checkInput(db: Db, actor: Actor, input: ReturnType<typeof organisationInputSchema.parse>, selfId?: string) {
  const scope = provinceScope(actor);
  if (scope !== null && input.provinceCode !== scope) {
    throw new AppError('FORBIDDEN', 'Bạn chỉ quản lý được cơ quan, tổ chức của tỉnh mình.');
  }
  await refuseDuplicateName(db, input, selfId);
  if (input.provinceCode && !(await provinceExists(db, input.provinceCode))) {
    throw new AppError('VALIDATION', `Không có tỉnh mã ${input.provinceCode}.`, {
      errors: [{ path: 'provinceCode', message: 'Tỉnh không tồn tại.' }],
    });
  }
  if (input.parentId) {
    if (!(await findOrganisation(db, input.parentId))) {
      throw new AppError('VALIDATION', 'Cơ quan cấp trên không tồn tại.', { errors: [{ path: 'parentId', message: 'Không tồn tại.' }] });
    }
    // Walk up from the chosen parent: meeting this body again would close a loop (A under B under A).
    let ancestor: string | null = input.parentId;
    for (let depth = 0; ancestor && depth < 100; depth++) {
      if (ancestor === selfId) {
        throw new AppError('VALIDATION', 'Không thể chọn cơ quan cấp dưới (hoặc chính nó) làm cơ quan cấp trên.', {
          errors: [{ path: 'parentId', message: 'Chọn cơ quan khác.' }],
        });
      }
      ancestor = (await findOrganisation(db, ancestor))?.org.parentId ?? null;
    }
  }
}

/**
 * The directory holds one entry per body: a second "Sở Tư pháp tỉnh Cao Bằng" in the same province
 * (whatever its accents, case or spacing) splits that body's conferences between two entries.
 * The web form warns while the name is typed; this refuses what slips through.
 */
async function refuseDuplicateName(db: Db, input: { name: string; provinceCode: string | null }, selfId?: string) {
  const folded = searchKey(input.name);
  const same = (await organisationsWithNameIn(db, input.provinceCode, folded)).find((o) => o.id !== selfId && searchKey(o.name) === folded);
  if (!same) return;
  const message = `Danh bạ đã có “${same.name}” ${input.provinceCode ? 'của tỉnh này' : 'cấp trung ương'}; hãy dùng cơ quan đó thay vì tạo thêm.`;
  throw new AppError('CONFLICT', message, { errors: [{ path: 'name', message }] });
}

async function loadManageable(db: Db, actor: Actor, id: string): Promise<Row> {
  const row = await findOrganisation(db, id);
  if (!row) throw notFound('Cơ quan');
  if (provinceScope(actor) !== null && row.org.provinceCode === null) {
    throw new AppError('FORBIDDEN', 'Cơ quan trung ương do Văn phòng Thường trực quản lý.');
  }
  assertProvinceAccess(actor, row.org.provinceCode, 'Cơ quan');
  return row;
}

export async function createOrganisation(db: Db, actor: Actor, raw: OrganisationInput): Promise<Organisation> {
  const input = organisationInputSchema.parse(raw);
  await checkInput(db, actor, input);
  const id = await db.transaction(async (tx) => {
    const row = await insertOrganisation(tx, { ...input, searchKey: keyOf(input.name, input.shortName) });
    await recordAudit(tx, actor, { action: 'create', entityType: 'organisation', entityId: row.id, provinceCode: row.provinceCode, after: row });
    return row.id;
  });
  return getOrganisation(db, id);
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, raw: OrganisationInput & { version: number }) {
  const before = await loadManageable(db, actor, id);
  const input = organisationInputSchema.parse(raw);
  await checkInput(db, actor, input, id);
  await db.transaction(async (tx) => {
    const after = await updateOrganisationIfVersion(tx, id, raw.version, { ...input, searchKey: keyOf(input.name, input.shortName) });
    if (!after) throw new AppError('CONFLICT', 'Cơ quan này vừa được người khác sửa. Hãy tải lại và thử lại.');
    await recordAudit(tx, actor, { action: 'update', entityType: 'organisation', entityId: id, provinceCode: after.provinceCode, before: before.org, after });
  });
  return getOrganisation(db, id);
}

export async function deleteOrganisation(db: Db, actor: Actor, id: string): Promise<void> {
  const before = await loadManageable(db, actor, id);
  if ((await countChildren(db, id)) > 0) {
    throw new AppError('CONFLICT', 'Không xóa được: cơ quan này còn đơn vị trực thuộc.');
  }
  await db.transaction(async (tx) => {
    await deleteOrganisationRow(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'organisation', entityId: id, provinceCode: before.org.provinceCode, before: before.org });
  });
}
