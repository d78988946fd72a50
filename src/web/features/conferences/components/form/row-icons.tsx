/** Small line icons for the row buttons; the app carries no icon package. */
const paths = { up: 'M12 19V5M5 12l7-7 7 7', down: 'M12 5v14M5 12l7 7 7-7', remove: 'M6 6l12 12M18 6L6 18' } as const;

export function RowIcon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
