const CLIP = 120;

/** A value shown in a notice: on one line, cut to 120 characters with an ellipsis. */
export function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > CLIP ? `${one.slice(0, CLIP - 1)}…` : one;
}
