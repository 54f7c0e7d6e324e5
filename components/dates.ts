/**
 * Dates and times as the recruiter's browser writes them (its locale, its
 * time zone): never a fixed format. The raw text comes back when it is not a date.
 */

function valid(d: Date): boolean {
  return !Number.isNaN(d.getTime());
}

/** "12 Mar 2026" in the browser's words. */
export function dayText(value: string | number | Date): string {
  const d = new Date(value);
  return valid(d) ? d.toLocaleDateString(undefined, { dateStyle: 'medium' }) : String(value);
}

/** "14:05" today; "12 Mar, 14:05" on another day. */
export function timeText(value: string | number | Date, now: Date = new Date()): string {
  const d = new Date(value);
  if (!valid(d)) return String(value);
  const sameDay = d.toDateString() === now.toDateString();
  return sameDay
    ? d.toLocaleTimeString(undefined, { timeStyle: 'short' })
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The ISO form for a `<time dateTime>` attribute, or undefined when it is not a date. */
export function isoOf(value: string | number | Date): string | undefined {
  const d = new Date(value);
  return valid(d) ? d.toISOString() : undefined;
}
