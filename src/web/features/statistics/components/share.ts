/** The API gives shares as 0..1; the screens write percentages (`formatPercent` takes 0..100). */
export const sharePercent = (share: number) => share * 100;
