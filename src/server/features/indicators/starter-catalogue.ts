import fs from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { indicatorInputSchema, reportFormInputSchema } from '../../../shared/api/indicators.js';
import { checkIndicatorDefinition } from './catalogue-rules.js';
import { indicatorColumns } from './catalogue-service.js';
import { writeFormIndicators } from './queries.js';
import { indicators, reportForms } from './tables.js';

/** Where the starter catalogue ships (committed data; its README says where each indicator comes from). */
export const starterDataDir = new URL('../../../../reference-data/indicators/', import.meta.url);

/** The starter catalogue and forms, checked by the same schemas and rules as the API's input. */
export function readStarterCatalogue() {
  const read = (file: string) => JSON.parse(fs.readFileSync(new URL(file, starterDataDir), 'utf8')) as unknown[];
  const catalogue = read('catalogue.json').map((raw) => {
    const { code, ...rest } = indicatorInputSchema.parse(raw);
    const { data, issues } = checkIndicatorDefinition(rest);
    if (issues.length) throw new Error(`reference-data/indicators/catalogue.json ${code}: ${issues.map((i) => i.message).join(' ')}`);
    return { code, data };
  });
  const forms = read('forms.json').map((raw) => reportFormInputSchema.parse(raw));
  return { catalogue, forms };
}

/** Any number; serialises installs of two servers starting together on one PostgreSQL. */
const starterLockId = 7_315_001;

/**
 * Installs the starter catalogue and forms: only the codes the database lacks, so an indicator
 * or form an administrator corrected, deactivated or filled differently is never overwritten, and
 * running it at every start costs two small inserts that find everything there. A form's
 * indicators are written only when the form itself is new.
 *
 * Not part of `prepareDatabase`: a restore needs a target without user rows, and the catalogue
 * is the administrators' data once installed (it is in every backup). `serve` and `seed-demo`
 * call it after preparing the database.
 */
export async function installStarterCatalogue(db: Db): Promise<{ indicators: number; forms: number }> {
  const { catalogue, forms } = readStarterCatalogue();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${starterLockId})`);
    const added = await tx
      .insert(indicators)
      .values(catalogue.map(({ code, data }) => ({ code, ...indicatorColumns(code, data) })))
      .onConflictDoNothing()
      .returning({ code: indicators.code });
    let formsAdded = 0;
    for (const { indicators: list, ...form } of forms) {
      const [row] = await tx.insert(reportForms).values(form).onConflictDoNothing().returning({ id: reportForms.id });
      if (!row) continue;
      // Only indicators still in the catalogue: an admin may have replaced a starter code.
      const present = new Set(
        (await tx.select({ code: indicators.code }).from(indicators).where(inArray(indicators.code, list.map((i) => i.indicatorCode)))).map((r) => r.code),
      );
      await writeFormIndicators(tx, row.id, list.filter((i) => present.has(i.indicatorCode)));
      formsAdded++;
    }
    return { indicators: added.length, forms: formsAdded };
  });
}
