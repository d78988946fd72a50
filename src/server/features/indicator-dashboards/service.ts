import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import { canReadUnit } from '../../../shared/auth/indicator-access.js';
import type { DashboardIndicator, Figure } from '../../../shared/api/indicator-dashboards.js';
import type { Actor } from '../auth/actor.js';
import { findIndicators, type AggregateRow, type CatalogueRow } from './queries.js';
import { rollUp } from './rollup.js';

/**
 * What every dashboard service shares: whose figures the actor may read, the catalogue entries
 * asked for (an unknown code is a 400 naming it), and a figure from one aggregate row.
 * Permission `indicators.read` is checked by the route; the province rule here.
 */

/** The province a provincial user is confined to; null for national roles (every province). */
export const viewerProvinceOf = (actor: Actor): string | null => (isNationalRole(actor.role) ? null : actor.provinceCode ?? '');

/** Refuses a province the actor may not read (another province for a provincial user). */
export function assertProvinceReadable(actor: Actor, provinceCode: string, field: string) {
  if (!canReadUnit(actor, { unitKind: 'province', unitCode: provinceCode, provinceCode })) {
    throw new AppError('FORBIDDEN', `Bạn chỉ xem được số liệu của tỉnh mình và số liệu toàn quốc (trường ${field}: ${provinceCode}).`);
  }
}

/** The catalogue entries of `codes`, in the order asked; an unknown code answers 400. */
export async function indicatorsAsked(db: Db, codes: string[], field = 'indicators'): Promise<CatalogueRow[]> {
  const found = await findIndicators(db, codes);
  const byCode = new Map(found.map((i) => [i.code, i]));
  const missing = codes.filter((c) => !byCode.has(c));
  if (missing.length) {
    const message = `Không có chỉ tiêu mã ${missing.join(', ')} trong danh mục.`;
    throw new AppError('VALIDATION', message, { errors: [{ path: field, message }] });
  }
  return [...new Set(codes)].map((c) => byCode.get(c)!);
}

/** The indicator as the API shows it (without the roll-up internals). */
export function publicIndicator(i: CatalogueRow): DashboardIndicator {
  const { ratioScale: _scale, position: _position, ...rest } = i;
  return rest;
}

/** One province's figure from its aggregate row (or none). */
export function figureOf(indicator: CatalogueRow, row: AggregateRow | undefined): Figure {
  if (!row) return rollUp(indicator, []);
  const figure = rollUp(indicator, [row]);
  figure.units = row.reports;
  return figure;
}

/** The national total of the provinces' rows. */
export const nationalOf = (indicator: CatalogueRow, rows: AggregateRow[]): Figure => rollUp(indicator, rows);

/** Rows keyed `indicator|province|period`. */
export function indexRows(rows: AggregateRow[]): Map<string, AggregateRow> {
  return new Map(rows.map((r) => [`${r.indicatorCode}|${r.provinceCode}|${r.period}`, r]));
}

/** Rows grouped `indicator|period`: the provinces a national total adds up, found without scanning every row. */
export function groupRows(rows: AggregateRow[]): Map<string, AggregateRow[]> {
  const groups = new Map<string, AggregateRow[]>();
  for (const r of rows) {
    const key = `${r.indicatorCode}|${r.period}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}
