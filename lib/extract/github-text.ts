/** Cuts a text to the schema's limit for its field, so one overlong value never voids a profile. */
export function clipText(value: string | null, max: number): string | null {
  if (value === null || value.length <= max) return value;
  return value.slice(0, max);
}
