/** Calendar months as one number, for spans of roles (pure, no dependencies). */

/** months since year 0 (`YYYY-MM` → that month; `YYYY` → January, or December as an end) */
export function monthIndex(date: string, asEnd = false): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : asEnd ? 12 : 1;
  if (month < 1 || month > 12) return null;
  return year * 12 + (month - 1);
}

export function nowMonthIndex(now: Date): number {
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
}
