import {
  communeListQuerySchema,
  communeListSchema,
  communeSearchListSchema,
  communeSearchQuerySchema,
  legacyProvinceListQuerySchema,
  legacyProvinceListSchema,
  provinceListQuerySchema,
  provinceListSchema,
  provinceParamsSchema,
  provinceSchema,
  resolvedPlaceSchema,
  resolvePlaceQuerySchema,
} from '../../../shared/api/admin-units.js';
import type { App } from '../../http/route-types.js';
import { getProvince, listCommunesOfProvince, listLegacyProvinces, listProvinces, resolvePlace, searchCommunes } from './service.js';

const tags = ['admin-units'];
const config = { access: 'reference.read' as const };

/** Administrative units, current (34 provinces, 3.321 communes) and before 1 July 2025. */
export async function adminUnitRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/provinces',
    {
      config,
      schema: {
        tags,
        summary: 'Danh sách tỉnh, thành phố (34 đơn vị từ 01/07/2025), tìm cả theo tên tỉnh cũ',
        querystring: provinceListQuerySchema,
        response: { 200: provinceListSchema },
      },
    },
    async (request) => listProvinces(db, request.query),
  );

  app.get(
    '/provinces/:code',
    {
      config,
      schema: { tags, summary: 'Một tỉnh, thành phố theo mã', params: provinceParamsSchema, response: { 200: provinceSchema } },
    },
    async (request) => getProvince(db, request.params.code),
  );

  app.get(
    '/provinces/:code/communes',
    {
      config,
      schema: {
        tags,
        summary: 'Danh sách xã, phường, đặc khu của một tỉnh, thành phố',
        params: provinceParamsSchema,
        querystring: communeListQuerySchema,
        response: { 200: communeListSchema },
      },
    },
    async (request) => listCommunesOfProvince(db, request.params.code, request.query),
  );

  app.get(
    '/communes',
    {
      config,
      schema: {
        tags,
        summary: 'Tìm xã, phường, đặc khu trên cả nước theo tên hiện nay hoặc tên xã cũ (trước 01/07/2025), kèm tỉnh, thành phố',
        querystring: communeSearchQuerySchema,
        response: { 200: communeSearchListSchema },
      },
    },
    async (request) => searchCommunes(db, request.query),
  );

  app.get(
    '/legacy-provinces',
    {
      config,
      schema: {
        tags,
        summary: 'Danh sách 63 tỉnh, thành phố trước 01/07/2025 và tỉnh, thành phố kế thừa',
        querystring: legacyProvinceListQuerySchema,
        response: { 200: legacyProvinceListSchema },
      },
    },
    async (request) => listLegacyProvinces(db, request.query),
  );

  app.get(
    '/places/resolve',
    {
      config,
      schema: {
        tags,
        summary: 'Xác định tỉnh, thành phố hiện nay từ địa danh ghi trong văn bản (kể cả tên cũ, viết tắt)',
        querystring: resolvePlaceQuerySchema,
        response: { 200: resolvedPlaceSchema },
      },
    },
    async (request) => resolvePlace(db, request.query),
  );
}
