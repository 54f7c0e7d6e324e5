/** A half-ring gauge for a 0–100 score, drawn in the verdict's tone (`currentColor`); the number itself is the `overall-score` marker. */
export function ScoreGauge({ score, size = 64 }: { score: number; size?: number }) {
  const clamped = Math.max(0, Math.min(100, score));
  const length = Math.PI * 40;
  return (
    <svg className="gauge" viewBox="0 0 100 56" width={size} height={Math.round(size * 0.56)} aria-hidden="true" focusable="false">
      <path d="M10 50 A40 40 0 0 1 90 50" fill="none" stroke="var(--border)" strokeWidth="10" strokeLinecap="round" />
      <path
        d="M10 50 A40 40 0 0 1 90 50"
        fill="none"
        stroke="currentColor"
        strokeWidth="10"
        strokeLinecap="round"
        strokeDasharray={`${(clamped / 100) * length} ${length}`}
      />
    </svg>
  );
}
