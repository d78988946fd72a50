import type { ChartOption } from './echarts';
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

/** Below this chart width (a phone) the map fills the width and its legend sits beneath it. */
export const NARROW_MAP_WIDTH = 560;
/** Height ÷ width of the provinces and islands as drawn (their bounding box at aspectScale 0.96). */
const MAP_ASPECT = 1.08;

/**
 * The map's height for a chart width: `wide` on a wide screen (the legend beside the map's
 * empty western sea), and on a phone exactly the map's own height plus `legendBelow` pixels for
 * the legend beneath it — a fixed height there left a blank band above and below the map.
 */
export function provinceMapHeight(wide: number, legendBelow: number): (width: number) => number {
  return (width) => (width >= NARROW_MAP_WIDTH ? wide : Math.round((width - 8) * MAP_ASPECT) + legendBelow + 8);
}

/**
 * ECharts media rules for a phone: the map drawn in the box above the legend (its centre-and-size
 * layout set aside), and the legend as `visualMap` says (horizontal, say). Use with
 * provinceMapHeight: `{ baseOption, media: narrowMapMedia(…) }`.
 */
export function narrowMapMedia(legendBelow: number, visualMap?: Record<string, unknown>) {
  return [
    {
      query: { maxWidth: NARROW_MAP_WIDTH - 1 },
      option: {
        series: [{ layoutCenter: null, layoutSize: null, left: 4, right: 4, top: 4, bottom: legendBelow + 4 }],
        ...(visualMap ? { visualMap } : {}),
      },
    },
  ];
}

/** A continuous colour legend laid flat under the map on a phone (about 40 px tall). */
export const FLAT_LEGEND = { orient: 'horizontal', left: 'center', right: undefined, bottom: 6, itemWidth: 12, itemHeight: 200 } as const;
export const FLAT_LEGEND_HEIGHT = 40;

/** A map's option that lays itself out for a phone (see narrowMapMedia). */
export function responsiveMap(option: ChartOption, legendBelow: number, visualMap?: Record<string, unknown>): ChartOption {
  return { baseOption: option, media: narrowMapMedia(legendBelow, visualMap) } as ChartOption;
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
