/** The schema's range of real time zones, in hours ahead of UTC. */
const MIN_OFFSET = -12;
const MAX_OFFSET = 14;

function inRange(hours: number): number | null {
  if (!Number.isFinite(hours) || hours < MIN_OFFSET || hours > MAX_OFFSET) return null;
  // Real zones are whole quarter hours; anything else is not an offset.
  return Number.isInteger(hours * 4) ? hours : null;
}

/** `data-hours-ahead-of-utc="-3.0"` → -3, `"5.5"` → 5.5. */
export function parseHoursAheadAttribute(value: string | null | undefined): number | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (!/^[+-]?\d{1,2}(?:\.\d+)?$/.test(trimmed)) return null;
  return inRange(Number(trimmed) + 0);
}

/**
 * The offset written in a local-time text: `(UTC -03:00)` → -3, `UTC+05:30` → 5.5,
 * `GMT+2` → 2, a bare `(UTC)` → 0. A relative note such as "3h behind" (relative to
 * the viewer, not to UTC) is not an offset and gives null.
 */
export function parseUtcOffsetText(text: string | null | undefined): number | null {
  if (!text) return null;
  const normalized = text.replace(/[\u2212\u2013\u2014]/g, '-');
  const match = /\b(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\d:])/i.exec(normalized);
  if (!match) return null;
  if (!match[1]) return 0;
  const hours = Number(match[2]);
  const minutes = match[3] ? Number(match[3]) : 0;
  if (minutes >= 60) return null;
  const sign = match[1] === '-' ? -1 : 1;
  return inRange(sign * (hours + minutes / 60) + 0);
}
