import type { ProvinceShapes } from './get-province-shapes';
import { echarts } from './echarts';

/*
 * What every map of the 34 provinces shares (training statistics, indicator dashboard, reporting
 * completeness): the boundaries registered once under one name, and the map series' geometry and
 * look. Regions are matched by the GeoJSON's `code` property, never by name (the map writes
 * "Thanh Hoá", the register "Thanh Hóa").
 */

export const PROVINCE_MAP_NAME = 'vn34';
/** A province with nothing to show: grey, never the palest shade of the scale. */
export const NO_DATA_COLOUR = '#e3e7eb';

/** Registers the boundaries once per page load; ECharts keeps registered maps globally. */
export function ensureProvinceMap(shapes: ProvinceShapes): void {
  if (!echarts.getMap(PROVINCE_MAP_NAME)) echarts.registerMap(PROVINCE_MAP_NAME, shapes as unknown as Parameters<typeof echarts.registerMap>[1]);
}

/** The map series with its data; `extra` adds what one map needs (island labels…). */
export function provinceMapSeries<D>(data: D[], extra: Record<string, unknown> = {}) {
  return {
    type: 'map' as const,
    map: PROVINCE_MAP_NAME,
    nameProperty: 'code',
    // Degrees of longitude are cos(16°) ≈ 0.96 as long as degrees of latitude at Vietnam's middle.
    aspectScale: 0.96,
    layoutCenter: ['54%', '50%'],
    layoutSize: '96%',
    roam: false,
    selectedMode: false as const,
    label: { show: false },
    // Grey outlines rather than white: the islands are specks that only their outline makes visible.
    itemStyle: { borderColor: '#aab4bf', borderWidth: 0.5, areaColor: NO_DATA_COLOUR },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2b84b' } },
    data,
    ...extra,
  };
}
