import { z } from 'zod';
import { roles } from '../auth/permissions.js';
import { pageOf, pageQuerySchema, provinceCodeSchema, searchTextSchema } from './common.js';

export const accountSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    fullName: z.string(),
    role: z.enum(roles),
    provinceCode: z.string().nullable(),
    organisationId: z.uuid().nullable(),
    mustChangePassword: z.boolean(),
    disabled: z.boolean(),
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const accountCreateSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email('Email không hợp lệ')),
    fullName: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(200),
    role: z.enum(roles, 'Vai trò không hợp lệ'),
    provinceCode: provinceCodeSchema.nullable().default(null),
    organisationId: z.uuid().nullable().default(null),
  })
  .meta({ id: 'AccountCreate' });
export type AccountCreate = z.input<typeof accountCreateSchema>;

export const accountUpdateSchema = z
  .object({
    fullName: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(200),
    role: z.enum(roles, 'Vai trò không hợp lệ'),
    provinceCode: provinceCodeSchema.nullable(),
    organisationId: z.uuid().nullable(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'AccountUpdate' });
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

/** Returned once when an account is created or its password reset: the officer changes it at first sign-in. */
export const accountWithPasswordSchema = z
  .object({ account: accountSchema, oneTimePassword: z.string() })
  .meta({ id: 'AccountWithPassword' });

export const accountListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional(),
  role: z.enum(roles).optional(),
  province: provinceCodeSchema.optional(),
});
export const accountListSchema = pageOf(accountSchema).meta({ id: 'AccountList' });
