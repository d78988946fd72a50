import type { z } from 'zod';
import type { ValueInput, valuesSavedSchema } from '../../../../shared/api/indicator-reports';
import { api } from '../../../lib/api-client';

export type ValuesSaved = z.infer<typeof valuesSavedSchema>;

/**
 * Saves the cells sent (each a whole indicator × part: the fields left out would be cleared).
 * Answers 409 CONFLICT when someone saved the report after `version`. Called by the grid's
 * autosave, which queues its saves itself, so this is a plain function rather than a mutation hook.
 */
export function saveValues(id: string, version: number, values: ValueInput[]): Promise<ValuesSaved> {
  return api.put<ValuesSaved>(`/api/indicator-reports/${encodeURIComponent(id)}/values`, { version, values });
}
