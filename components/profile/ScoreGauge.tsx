import { GAUGE_ARC, GAUGE_VIEW_BOX, gaugeDash } from '@/components/gauge-geometry';

/** A half-ring gauge for a 0–100 score, drawn in the verdict's tone (`currentColor`); the number itself is the `overall-score` marker. */
export function ScoreGauge({ score, size = 64 }: { score: number; size?: number }) {
  return (
    <svg className="gauge" viewBox={GAUGE_VIEW_BOX} width={size} height={Math.round(size * 0.56)} aria-hidden="true" focusable="false">
      <path d={GAUGE_ARC} fill="none" stroke="var(--border)" strokeWidth="10" strokeLinecap="round" />
      <path
        d={GAUGE_ARC}
        fill="none"
        stroke="currentColor"
        strokeWidth="10"
        strokeLinecap="round"
        strokeDasharray={gaugeDash(score)}
      />
    </svg>
  );
}
