/**
 * Lookups over the taxonomy's detection rules: which skills a package, a
 * repository path or a topic points at, and what a skill implies.
 * Indexes are built once, on first use.
 */
import type { Ecosystem, Skill } from './schema';
import { TAXONOMY } from './taxonomy';
import { skillIdForName } from './text-match';

const byId = new Map<string, Skill>(TAXONOMY.map((s) => [s.id, s]));

export function skillById(id: string): Skill | undefined {
  return byId.get(id);
}

/** A skill's display name, or its id when the taxonomy does not know it. */
export function skillName(id: string): string {
  return byId.get(id)?.name ?? id;
}

/** every skill `id` implies, directly or through others, without itself; in breadth-first order. */
function computeImplied(id: string): string[] {
  const out: string[] = [];
  const queue = [...(byId.get(id)?.implies ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (next === id || out.includes(next)) continue;
    out.push(next);
    queue.push(...(byId.get(next)?.implies ?? []));
  }
  return out;
}

const impliedCache = new Map<string, readonly string[]>();

/** Every skill `id` implies, transitively (django → python); computed once per id (the taxonomy is fixed). */
export function impliedSkills(id: string): readonly string[] {
  let out = impliedCache.get(id);
  if (!out) {
    out = Object.freeze(computeImplied(id));
    impliedCache.set(id, out);
  }
  return out;
}

/** package names compare as their registries do: case-insensitive; PyPI treats `-`, `_`, `.` alike. */
function packageKey(ecosystem: Ecosystem, name: string): string {
  const lower = name.trim().toLowerCase();
  return ecosystem === 'pypi' ? lower.replace(/[-_.]+/g, '-') : lower;
}

interface PackageIndex {
  exact: Map<string, string[]>;
  prefixes: { prefix: string; id: string }[];
}
let packageIndex: Map<Ecosystem, PackageIndex> | null = null;

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function packages(): Map<Ecosystem, PackageIndex> {
  if (packageIndex) return packageIndex;
  packageIndex = new Map();
  for (const s of TAXONOMY) {
    for (const [eco, names] of Object.entries(s.detect.packages) as [Ecosystem, string[] | undefined][]) {
      let index = packageIndex.get(eco);
      if (!index) {
        index = { exact: new Map(), prefixes: [] };
        packageIndex.set(eco, index);
      }
      for (const name of names ?? []) {
        if (name.endsWith('*')) index.prefixes.push({ prefix: packageKey(eco, name.slice(0, -1)), id: s.id });
        else addTo(index.exact, packageKey(eco, name), s.id);
      }
    }
  }
  return packageIndex;
}

/** Skills a dependency points at: `skillsForPackage('npm', 'express')` → ['express']. */
export function skillsForPackage(ecosystem: Ecosystem, packageName: string): string[] {
  const index = packages().get(ecosystem);
  if (!index || !packageName.trim()) return [];
  const key = packageKey(ecosystem, packageName);
  const out = [...(index.exact.get(key) ?? [])];
  for (const { prefix, id } of index.prefixes) {
    if (key.startsWith(prefix) && key.length > prefix.length && !out.includes(id)) out.push(id);
  }
  return out;
}

type PathRule =
  | { kind: 'folder'; value: string; id: string }
  | { kind: 'suffix'; value: string; id: string }
  | { kind: 'prefix'; value: string; id: string }
  | { kind: 'path'; value: string; id: string }
  | { kind: 'name'; value: string; id: string };
let pathRules: PathRule[] | null = null;

function rules(): PathRule[] {
  if (pathRules) return pathRules;
  pathRules = [];
  for (const s of TAXONOMY) {
    for (const raw of s.detect.files) {
      const value = raw.toLowerCase();
      if (value.endsWith('/')) pathRules.push({ kind: 'folder', value, id: s.id });
      else if (value.startsWith('*')) pathRules.push({ kind: 'suffix', value: value.slice(1), id: s.id });
      else if (value.endsWith('*')) pathRules.push({ kind: 'prefix', value: value.slice(0, -1), id: s.id });
      else if (value.includes('/')) pathRules.push({ kind: 'path', value, id: s.id });
      else pathRules.push({ kind: 'name', value, id: s.id });
    }
  }
  return pathRules;
}

function pathMatches(rule: PathRule, path: string, name: string): boolean {
  switch (rule.kind) {
    case 'folder': {
      const folder = rule.value.slice(0, -1);
      return path.startsWith(rule.value) || path.includes(`/${rule.value}`) || path === folder || path.endsWith(`/${folder}`);
    }
    case 'suffix':
      return name.endsWith(rule.value) && name.length > rule.value.length;
    case 'prefix':
      return name.startsWith(rule.value) && name.length > rule.value.length;
    case 'path':
      return path === rule.value || path.endsWith(`/${rule.value}`);
    case 'name':
      return name === rule.value;
  }
}

/**
 * Skills a repository path points at, at any depth, case-insensitively:
 * `Dockerfile` → docker, `.github/workflows/ci.yml` → ci-cd and github-actions,
 * `infra/main.tf` → terraform.
 */
export function skillsForPath(path: string): string[] {
  const clean = path.trim().replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '').toLowerCase();
  if (!clean) return [];
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const rule of rules()) {
    if (!out.includes(rule.id) && pathMatches(rule, clean, name)) out.push(rule.id);
  }
  return out;
}

let topicIndex: Map<string, string[]> | null = null;

/** Skills a GitHub topic names: its detection topics first, else a skill's id, name or alias. */
export function skillsForTopic(topic: string): string[] {
  if (!topicIndex) {
    topicIndex = new Map();
    for (const s of TAXONOMY) for (const t of s.detect.topics) addTo(topicIndex, t.toLowerCase(), s.id);
  }
  const t = topic.trim().toLowerCase();
  if (!t) return [];
  const direct = topicIndex.get(t);
  if (direct) return [...direct];
  const byName = skillIdForName(t);
  return byName ? [byName] : [];
}
