/** A share 0–100 as a thin SVG bar on the border colour, labelled for assistive technology. */
export function ShareBar({ percent, label, height }: { percent: number; label: string; height: number }) {
  return (
    <svg viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x="0" y="0" width="100" height={height} rx="2" fill="var(--border)" />
      <rect x="0" y="0" width={Math.max(1, percent)} height={height} rx="2" fill="var(--bar)" />
    </svg>
  );
}
