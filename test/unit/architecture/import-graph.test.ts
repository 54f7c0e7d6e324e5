/**
 * The layout's rules as checks: every import in lib/, components/ and
 * entrypoints/ is read from the source, resolved to a file, and the edges
 * between folders must run one way only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path.split(sep).join('/'));
  }
  return out;
}

/** Every module specifier a file names: static imports and re-exports (type-only ones too) and dynamic imports. */
export function specifiersOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The project path a specifier points at (no extension), or null for a package. */
function target(from: string, specifier: string): string | null {
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) return specifier.slice(2);
  if (!specifier.startsWith('.')) return null;
  return relative(ROOT, resolve(ROOT, dirname(from), specifier)).split(sep).join('/');
}

/** `lib/<folder>` for files in a lib folder, `lib/<name>` for lib's own files, the first segment elsewhere. */
function folderOf(path: string): string {
  const parts = path.replace(/\.(ts|tsx)$/, '').split('/');
  if (parts[0] === 'lib') return `lib/${parts[1]}`;
  return parts[0]!;
}

interface Edge {
  from: string;
  to: string;
}

const FILES = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];
const EDGES: Edge[] = FILES.flatMap((from) =>
  specifiersOf(readFileSync(join(ROOT, from), 'utf8'))
    .map((s) => target(from, s))
    .filter((to): to is string => to !== null)
    .map((to) => ({ from, to })),
);

const line = (e: Edge) => `${e.from} → ${e.to}`;

describe('reading imports', () => {
  test('static, type-only, re-exported and dynamic imports are all seen', () => {
    const text = [
      "import { a } from '../x';",
      "import type { B } from '@/lib/y';",
      "export { c } from './z';",
      "import './side-effect';",
      "const m = await import('../lazy');",
      'import {\n  d,\n  e,\n} from "../multi";',
    ].join('\n');
    expect(specifiersOf(text).sort()).toEqual(['../lazy', '../multi', '../x', './side-effect', './z', '@/lib/y'].sort());
  });

  test('the walk finds the project\'s imports', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(EDGES.some((e) => e.from === 'lib/github/gather-rest.ts' && e.to === 'lib/github/request-planner')).toBe(true);
  });
});

describe('folders depend one way', () => {
  test('no two lib folders import each other both ways', () => {
    const between = new Map<string, Edge[]>();
    for (const e of EDGES) {
      const a = folderOf(e.from);
      const b = folderOf(e.to);
      if (a === b || !a.startsWith('lib/') || !b.startsWith('lib/')) continue;
      const key = `${a} → ${b}`;
      between.set(key, [...(between.get(key) ?? []), e]);
    }
    const both: string[] = [];
    for (const [key, edges] of between) {
      const [a, b] = key.split(' → ') as [string, string];
      const back = between.get(`${b} → ${a}`);
      if (back && a < b) both.push(`${a} ⇄ ${b}: ${[...edges, ...back].map(line).join('; ')}`);
    }
    expect(both).toEqual([]);
  });

  test('lib never imports entrypoints or components', () => {
    const up = EDGES.filter((e) => e.from.startsWith('lib/') && /^(entrypoints|components)\//.test(e.to));
    expect(up.map(line)).toEqual([]);
  });

  test('components and the side panel never import the GitHub gathering code', () => {
    const reach = EDGES.filter((e) => /^(components|entrypoints\/sidepanel)\//.test(e.from) && e.to.startsWith('lib/github/'));
    expect(reach.map(line)).toEqual([]);
  });
});
