import { queryOptions, useQuery } from '@tanstack/react-query';
// The same file the statistics map draws (a hashed asset, loaded only with the map).
import shapesUrl from '../../../../../reference-data/admin-units/vn_34_provinces.simplified.geojson?url';

/** The 34 provinces' boundaries (GeoJSON, feature `properties.code` = province code). */
export type ProvinceShapes = { type: 'FeatureCollection'; features: unknown[] };

export function useProvinceShapes() {
  return useQuery(
    queryOptions({
      // Same key as the statistics page: visiting both fetches the boundaries once.
      queryKey: ['reference', 'province-shapes'],
      queryFn: async ({ signal }) => {
        const response = await fetch(shapesUrl, { signal });
        if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
        return (await response.json()) as ProvinceShapes;
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  );
}
