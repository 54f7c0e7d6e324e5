/**
 * Just enough TOML for dependency manifests (pyproject.toml, Pipfile, Cargo.toml):
 * `[table]` headers and `key = value` lines, where a value may be a string, an
 * inline table or a (multi-line) array of strings. Anything else → null (malformed).
 */

export interface TomlEntry {
  table: string;
  key: string;
  /** the raw value text, arrays joined onto one line */
  value: string;
}

function unquote(s: string): string {
  const t = s.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

/** Drops a `#` comment that is outside quotes. */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote && line[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function bracketDepth(s: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote && s[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

export function readTomlEntries(text: string): TomlEntry[] | null {
  const out: TomlEntry[] = [];
  let table = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i] ?? '').trim();
    if (line === '') continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header?.[1]) {
      table = header[1].split('.').map(unquote).join('.');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) return null;
    const key = unquote(line.slice(0, eq));
    let value = line.slice(eq + 1).trim();
    while (bracketDepth(value) > 0 && i + 1 < lines.length) {
      i++;
      value += ' ' + stripComment(lines[i] ?? '').trim();
    }
    if (bracketDepth(value) !== 0 || value === '') return null;
    out.push({ table, key, value });
  }
  return out;
}

/** The strings of a TOML array value (`["a>=1", 'b']`). */
export function tomlStringArray(value: string): string[] {
  if (!value.trim().startsWith('[')) return [];
  return [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** A TOML string, or the `version` of an inline table; null otherwise. */
export function tomlVersion(value: string): string | null {
  const v = value.trim();
  if (v.startsWith('"') || v.startsWith("'")) return unquote(v);
  const m = /version\s*=\s*["']([^"']*)["']/.exec(v);
  return m?.[1] ?? null;
}
