import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema, provinceCodeSchema, searchTextSchema } from './common.js';

export const provinceSchema = z
  .object({
    code: z.string().describe('Mã tỉnh 2 chữ số (Cục Thống kê)'),
    name: z.string().describe('Tên ngắn, ví dụ "Hà Nội"'),
    fullName: z.string().describe('Tên đầy đủ, ví dụ "Thành phố Hà Nội"'),
    nameEn: z.string().nullable(),
    kind: z.enum(['municipality', 'province']),
    communeCount: z.number().int(),
    areaKm2: z.number().nullable(),
    legacyProvinces: z
      .array(z.object({ code: z.string(), name: z.string() }))
      .describe('Các tỉnh trước 01/07/2025 đã hợp nhất vào tỉnh này'),
  })
  .meta({ id: 'Province' });
export type Province = z.infer<typeof provinceSchema>;

export const provinceListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional().describe('Tìm không phân biệt dấu: "hoa binh" khớp "Hòa Bình"'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const provinceListSchema = pageOf(provinceSchema).meta({ id: 'ProvinceList' });

export const communeSchema = z
  .object({
    code: z.string().describe('Mã xã 5 chữ số'),
    name: z.string(),
    fullName: z.string(),
    kind: z.enum(['ward', 'commune', 'special_zone']),
    provinceCode: z.string(),
  })
  .meta({ id: 'Commune' });
export type Commune = z.infer<typeof communeSchema>;

export const communeListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const communeListSchema = pageOf(communeSchema).meta({ id: 'CommuneList' });

export const provinceParamsSchema = z.object({ code: provinceCodeSchema });

export const legacyProvinceSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    successor: z.object({ code: z.string(), name: z.string() }),
  })
  .meta({ id: 'LegacyProvince' });
export const legacyProvinceListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional().describe('Tìm theo tên tỉnh cũ, không phân biệt dấu: "ha giang", "brvt"'),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});
export const legacyProvinceListSchema = pageOf(legacyProvinceSchema).meta({ id: 'LegacyProvinceList' });

/** Resolving a place named in a document, possibly a pre-2025 one, to the current province. */
export const resolvePlaceQuerySchema = z.object({
  name: z.string().trim().min(1).max(200).describe('Tên hoặc mã tỉnh/xã, cũ hoặc mới; viết tắt như TPHCM'),
  date: isoDateSchema.optional().describe('Ngày của sự kiện; trước 01/07/2025 thì ưu tiên đơn vị cũ'),
});
export const resolvedPlaceSchema = z
  .object({
    province: z.object({ code: z.string(), name: z.string() }),
    legacyProvince: z.object({ code: z.string(), name: z.string() }).nullable(),
    commune: z.object({ code: z.string(), name: z.string() }).nullable(),
    legacyCommune: z.object({ code: z.string(), name: z.string() }).nullable(),
    matchedBy: z.string().describe('Cách khớp: code, name, legacy_name, abbreviation…'),
  })
  .meta({ id: 'ResolvedPlace' });
export type ResolvedPlace = z.infer<typeof resolvedPlaceSchema>;

/** Finding a commune anywhere in the country by its name, current or before 1 July 2025. */
export const communeSearchQuerySchema = z.object({
  q: searchTextSchema.min(2, 'Gõ ít nhất 2 ký tự của tên xã, phường').describe('Tên xã, phường, không phân biệt dấu: "bao ha" khớp "Bảo Hà"; cả tên xã cũ'),
  province: provinceCodeSchema.optional().describe('Chỉ tìm trong một tỉnh, thành phố'),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export const communeSearchResultSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    kind: z.enum(['ward', 'commune', 'special_zone']),
    province: z.object({ code: z.string(), name: z.string() }),
    formerly: z
      .object({ fullName: z.string(), district: z.string().nullable(), province: z.string() })
      .nullable()
      .describe('Khi khớp theo tên xã cũ (trước 01/07/2025): xã cũ đó, huyện và tỉnh cũ của nó'),
  })
  .meta({ id: 'CommuneSearchResult' });
export type CommuneSearchResult = z.infer<typeof communeSearchResultSchema>;
export const communeSearchListSchema = z
  .object({ items: z.array(communeSearchResultSchema), total: z.number().int().describe('Số xã, phường khớp (có thể nhiều hơn số trả về)') })
  .meta({ id: 'CommuneSearchList' });
