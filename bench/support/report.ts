/** One benchmark figure printed beside the baseline measured in the same run. */
export type Figure = { name: string; value: number; baseline: number; unit: string; baselineName: string; goal?: string };

const fmt = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: n < 10 ? 2 : 1 }).format(n);

/** The title, then one line per figure with its baseline beside it. */
export function figureLines(title: string, figures: Figure[]): string[] {
  return [
    `\n${title}`,
    ...figures.map((f) => {
      const ratio = f.baseline > 0 ? ` (×${fmt(f.value / f.baseline)})` : '';
      return `  ${f.name}: ${fmt(f.value)} ${f.unit}${ratio}   baseline ${f.baselineName}: ${fmt(f.baseline)} ${f.unit}${f.goal ? `   goal: ${f.goal}` : ''}`;
    }),
  ];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
