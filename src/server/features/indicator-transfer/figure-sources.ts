import { sql } from 'drizzle-orm';
import type { FigureSource } from '../../../shared/api/indicator-transfer.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import { searchKey } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import type { Actor } from '../auth/actor.js';
import { requireProvinceReporter } from './figures.js';

type SourceRow = {
  document_id: string;
  document_name: string;
  event_date: string | null;
  conference_id: string | null;
  conference_title: string | null;
  province_code: string | null;
  province_name: string | null;
  figures: number;
};

/**
 * The documents (and the conferences they were confirmed into) whose reported figures the actor
 * may read and send into a report, newest event first, with how many figures each holds (which
 * were already sent shows once a document is opened: that needs its figures' ids). Searched by file name, conference title or province, without tone
 * marks ("hoa binh" finds "Hòa Bình"). A province's people see their province's only.
 *
 * A person reports for one province (or all, nationally) and a province has at most a few
 * hundred such documents, so the search runs over the grouped rows, not the figures.
 */
export async function listFigureSources(db: Db, actor: Actor, query: { q?: string; page: number; pageSize: number }): Promise<{ items: FigureSource[]; total: number }> {
  requireProvinceReporter(actor);
  const visible = isNationalRole(actor.role) ? sql`true` : actor.provinceCode ? sql`f.province_code = ${actor.provinceCode}` : sql`false`;
  const rows = await queryRows<SourceRow>(
    db,
    sql`select d.id as document_id, d.file_name as document_name, d.event_date, c.id as conference_id, c.title as conference_title,
          max(f.province_code) as province_code, max(p.name) as province_name, count(*)::int as figures
        from reported_figures f
        join intake_documents d on d.id = f.document_id
        left join conferences c on c.id = d.conference_id
        left join provinces p on p.code = f.province_code
        where ${visible}
        group by d.id, d.file_name, d.event_date, d.created_at, c.id, c.title
        order by d.event_date desc nulls last, d.created_at desc, d.id`,
  );
  const key = query.q ? searchKey(query.q) : '';
  const matching = key ? rows.filter((r) => searchKey([r.document_name, r.conference_title ?? '', r.province_name ?? ''].join(' ')).includes(key)) : rows;
  const start = (query.page - 1) * query.pageSize;
  return {
    total: matching.length,
    items: matching.slice(start, start + query.pageSize).map((r) => ({
      documentId: r.document_id,
      documentName: r.document_name,
      eventDate: r.event_date,
      conferenceId: r.conference_id,
      conferenceTitle: r.conference_title,
      provinceCode: r.province_code,
      provinceName: r.province_name,
      figures: Number(r.figures),
    })),
  };
}
