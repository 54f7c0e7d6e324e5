/**
 * Text from pages, files and the API with the characters that can hide or
 * disguise what it says taken out. Pure.
 *
 * - Bidirectional controls (right-to-left override U+202E and its family,
 *   the isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C) can make
 *   `gpj.exe` read as `exe.jpg` or reorder a CSV cell; a name never needs them
 *   (the browser lays out right-to-left scripts by itself).
 * - Invisible format characters (zero-width space U+200B, word joiner and
 *   invisible operators U+2060–U+2064, the byte order mark U+FEFF, the
 *   Mongolian vowel separator U+180E, interlinear annotation U+FFF9–U+FFFB)
 *   can split a word so that it no longer matches, or hide text.
 * - C0 and C1 control characters (other than tab and line breaks) have no
 *   business in a name or a note.
 *
 * The zero-width joiner and non-joiner (U+200D, U+200C) stay: Persian and
 * Indic scripts and emoji sequences need them, and they cannot reorder text.
 */

/** Everything stripped, as one class (tab, LF and CR are kept here; `singleLine` folds them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;

/** True when the text holds any character `stripInvisible` removes. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** The text without bidirectional controls, invisible format characters and control characters (tab and line breaks stay). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** For a name or a one-line field: invisible characters removed, tabs and line breaks folded to one space, trimmed. */
export function singleLine(text: string): string {
  return stripInvisible(text).replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** `stripInvisible` applied to every string inside a value (objects and arrays are copied, nothing else changes). */
export function stripInvisibleDeep<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return stripInvisible(v);
    if (Array.isArray(v)) return v.map(walk);
    // fromEntries defines own properties, so a `__proto__` key stays a plain key
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    return v;
  };
  return walk(value) as T;
}
