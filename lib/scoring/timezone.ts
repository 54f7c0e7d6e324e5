/**
 * Hours of a working day two people share. Each side's day is given in its own
 * local hours; offsets are hours ahead of UTC (Berlin in winter is 1, New York -5).
 */
export function overlapHours(
  candidateOffset: number,
  teamOffset: number,
  teamStart: number,
  teamEnd: number,
  candidateStart = 9,
  candidateEnd = 17,
): number {
  const window = (start: number, end: number, offset: number): [number, number] => {
    const s = start - offset;
    return [s, (end <= start ? end + 24 : end) - offset];
  };
  const [ts, te] = window(teamStart, teamEnd, teamOffset);
  const [cs, ce] = window(candidateStart, candidateEnd, candidateOffset);
  let total = 0;
  // a day in UTC wraps: compare with the candidate's day shifted by a day either way
  for (const shift of [-24, 0, 24]) {
    total += Math.max(0, Math.min(te, ce + shift) - Math.max(ts, cs + shift));
  }
  return Math.round(Math.min(total, te - ts, ce - cs) * 100) / 100;
}
