import type { AreaKey } from './nav-items';

/**
 * Simple line icons drawn for the areas, so the app needs no icon package.
 * 24×24 grid, stroke only; they take the text colour.
 */
const paths: Record<AreaKey | 'home', string> = {
  home: 'M4 11l8-7 8 7M6 9.5V20h4v-6h4v6h4V9.5',
  training: 'M3 8l9-4 9 4-9 4-9-4zM7 10v5c0 1.5 2.2 3 5 3s5-1.5 5-3v-5M21 8v6',
  trainingStatistics: 'M12 3v9h9M12 3a9 9 0 109 9M15 3.5A9 9 0 0120.5 9H15z',
  trainingQuestions: 'M9 9a3 3 0 115 2c-1 .7-2 1.3-2 3M12 17.5v.5M4 4h16v16H4z',
  indicators: 'M4 20h16M7 16v-5M12 16V7M17 16v-8',
  indicatorDashboard: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  indicatorCompleteness: 'M9 11l3 3 8-8M20 12v7a1 1 0 01-1 1H5a1 1 0 01-1-1V5a1 1 0 011-1h11',
  indicatorImport: 'M4 4h10l6 6v10H4zM14 4v6h6M12 12v6M9 15l3 3 3-3',
  indicatorCatalogue: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  followUp: 'M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2',
  followUpMap: 'M9 4L3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14',
  followUpVisits: 'M12 21s-7-6-7-11a7 7 0 0114 0c0 5-7 11-7 11zM12 12a2 2 0 100-4 2 2 0 000 4z',
  followUpImport: 'M4 4h10l6 6v10H4zM14 4v6h6M12 12v6M9 15l3 3 3-3',
  followUpReport: 'M6 3h9l4 4v14H6zM15 3v4h4M9 11h7M9 15h7M9 19h4',
  followUpPublic: 'M12 3a9 9 0 100 18 9 9 0 000-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
  intake: 'M14 3H6v18h12V7l-4-4zM14 3v4h4M12 11v6M9 14l3 3 3-3',
  intakeReports: 'M14 3H6v18h12V7l-4-4zM14 3v4h4M9 13h6M9 17h6',
  admin: 'M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6l7-3zM9 12l2 2 4-4',
  provinces: 'M9 4L3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14',
  accounts: 'M9 11a4 4 0 100-8 4 4 0 000 8zM2 21c0-4 3-6 7-6s7 2 7 6M16 4a4 4 0 010 7M18 15c2.5.5 4 2.5 4 6',
  organisations: 'M4 21V5l8-2v18M12 8l8 2v11M2 21h20M7 8h2M7 12h2M7 16h2M15 13h2M15 17h2',
  audit: 'M12 7v5l3 2M4 12a8 8 0 108-8M4 4v4h4',
};

export function AreaIcon({ area, size = 20 }: { area: AreaKey | 'home'; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={paths[area]} />
    </svg>
  );
}
