import { queryOptions, useQuery } from '@tanstack/react-query';
// Emitted by Vite as a separate, hashed asset: the 330 kB of boundaries load only with the map.
import shapesUrl from '../../../../reference-data/admin-units/vn_34_provinces.simplified.geojson?url';

/** The 34 provinces' boundaries (GeoJSON, feature `properties.code` = province code), the islands included. */
export type ProvinceShapes = { type: 'FeatureCollection'; features: unknown[] };

async function getProvinceShapes(signal?: AbortSignal): Promise<ProvinceShapes> {
  const response = await fetch(shapesUrl, { signal });
  if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
  return (await response.json()) as ProvinceShapes;
}

export function useProvinceShapes() {
  return useQuery(
    queryOptions({ queryKey: ['reference', 'province-shapes'], queryFn: ({ signal }) => getProvinceShapes(signal), staleTime: Infinity, gcTime: Infinity }),
  );
}
