/** The score gauge's half ring, shared by the React card (`ScoreGauge`) and the first screen painted before React. */
export const GAUGE_ARC = 'M10 50 A40 40 0 0 1 90 50';
export const GAUGE_VIEW_BOX = '0 0 100 56';

/** The stroke dash that fills the ring to `score` (0–100). */
export function gaugeDash(score: number): string {
  const length = Math.PI * 40;
  return `${(Math.max(0, Math.min(100, score)) / 100) * length} ${length}`;
}
