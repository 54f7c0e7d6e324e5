/** A half-ring gauge for a 0–100 score; the number itself is the `overall-score` marker. */
export function ScoreGauge({ score }: { score: number }) {
  const clamped = Math.max(0, Math.min(100, score));
  const radius = 40;
  const length = Math.PI * radius;
  const color = clamped >= 70 ? 'var(--good)' : clamped >= 45 ? 'var(--mid)' : 'var(--bad)';
  return (
    <svg viewBox="0 0 100 56" width="96" height="54" aria-hidden="true" focusable="false">
      <path d="M10 50 A40 40 0 0 1 90 50" fill="none" stroke="var(--border)" strokeWidth="9" strokeLinecap="round" />
      <path
        d="M10 50 A40 40 0 0 1 90 50"
        fill="none"
        stroke={color}
        strokeWidth="9"
        strokeLinecap="round"
        strokeDasharray={`${(clamped / 100) * length} ${length}`}
      />
    </svg>
  );
}
