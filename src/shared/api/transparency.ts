import { z } from 'zod';
import { provinceCodeSchema } from './common.js';
import { followupKinds, followupStatuses } from './followup.js';

/*
 * The public transparency page of a province (opt-in, off by default). Only approved indicator
 * figures, trainings held (counts, titles, dates) and follow-up status are shown: never a person,
 * a comment, a progress note, a draft or sample data. The public routes need no account.
 */

export const transparencyParamsSchema = z.object({ provinceCode: provinceCodeSchema });

export const transparencySettingSchema = z
  .object({
    provinceCode: z.string(),
    provinceName: z.string(),
    published: z.boolean(),
    updatedAt: z.string().nullable(),
    /** The page's address in the web app (`/public/04`). */
    publicPath: z.string(),
    /** Why the reader may not change it, or null when they may (the server checks again). */
    refusal: z.string().nullable(),
  })
  .meta({ id: 'TransparencySetting' });
export type TransparencySetting = z.infer<typeof transparencySettingSchema>;
export const transparencySettingsSchema = z.object({ items: z.array(transparencySettingSchema) });

export const transparencyUpdateSchema = z
  .object({ published: z.boolean('Chọn công khai hoặc không công khai') })
  .meta({ id: 'TransparencyUpdate' });

export const publicProvinceListSchema = z
  .object({ items: z.array(z.object({ code: z.string(), name: z.string(), publishedAt: z.string() })) })
  .meta({ id: 'PublicProvinceList' });
export type PublicProvinceList = z.infer<typeof publicProvinceListSchema>;

export const publicFigureSchema = z.object({
  period: z.string(),
  periodLabel: z.string(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  percentOfPlan: z.number().nullable(),
});

export const publicProvinceSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    publishedAt: z.string(),
    /** Approved figures only, the latest years first. */
    indicators: z.array(
      z.object({ code: z.string(), name: z.string(), unit: z.string(), decimals: z.number().int(), figures: z.array(publicFigureSchema) }),
    ),
    trainings: z.object({
      byYear: z.array(z.object({ year: z.number().int(), conferences: z.number().int(), connectionPoints: z.number().int() })),
      recent: z.array(z.object({ title: z.string(), startDate: z.string(), endDate: z.string().nullable() })),
    }),
    followup: z.object({
      counts: z.object({
        total: z.number().int(),
        notStarted: z.number().int(),
        inProgress: z.number().int(),
        done: z.number().int(),
        notDone: z.number().int(),
        overdue: z.number().int(),
      }),
      items: z.array(
        z.object({
          reference: z.string().nullable(),
          kind: z.enum(followupKinds),
          text: z.string(),
          status: z.enum(followupStatuses),
          dueDate: z.string().nullable(),
          overdue: z.boolean(),
        }),
      ),
    }),
  })
  .meta({ id: 'PublicProvince' });
export type PublicProvince = z.infer<typeof publicProvinceSchema>;
