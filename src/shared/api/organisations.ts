import { z } from 'zod';
import { pageOf, pageQuerySchema, provinceCodeSchema, searchTextSchema } from './common.js';

export const organisationKinds = [
  'standing_office',
  'steering_committee',
  'peoples_committee',
  'party_committee',
  'department',
  'police',
  'military',
  'institute',
  'mass_organisation',
  'media',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable().describe('Tên viết tắt: BCĐNQ, VPTT, UBND…'),
    kind: z.enum(organisationKinds),
    provinceCode: z.string().nullable().describe('Trống với cơ quan trung ương'),
    provinceName: z.string().nullable(),
    parentId: z.uuid().nullable(),
    parentName: z.string().nullable(),
    version: z.number().int().describe('Số phiên bản, gửi lại khi sửa để tránh ghi đè'),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationInputSchema = z
  .object({
    name: z.string().trim().min(2, 'Tên cơ quan cần ít nhất 2 ký tự').max(300, 'Tên cơ quan tối đa 300 ký tự'),
    shortName: z.string().trim().max(50, 'Tên viết tắt tối đa 50 ký tự').nullable().default(null),
    kind: z.enum(organisationKinds, 'Loại cơ quan không hợp lệ'),
    provinceCode: provinceCodeSchema.nullable().default(null),
    parentId: z.uuid('Cơ quan cấp trên không hợp lệ').nullable().default(null),
  })
  .meta({ id: 'OrganisationFields' });
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationUpdateSchema = organisationInputSchema
  .extend({ version: z.number().int().min(1) })
  .meta({ id: 'OrganisationUpdate' });

export const organisationListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional(),
  kind: z.enum(organisationKinds).optional(),
  province: provinceCodeSchema.optional().describe('Mã tỉnh hiện hành'),
});
export const organisationListSchema = pageOf(organisationSchema).meta({ id: 'OrganisationList' });
