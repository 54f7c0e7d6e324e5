/**
 * Search, filter and sort over the saved candidates, pure. The search index is
 * built once per list change: each candidate gets one folded (lowercase,
 * accent-free) text of everything searchable, and the list is pre-sorted by
 * each key on first use, so a keystroke is one pass of substring checks.
 */
import { isPending } from './verdict';
import { skillById } from '../skills/lookup';
import { roleNameOf } from './display';
import type { Candidate, Stage } from './schema';

export type SortKey = 'score' | 'saved' | 'name';
export type SortDirection = 'asc' | 'desc';

export interface CandidateQuery {
  /** words that must all appear (in any field), case- and accent-insensitive */
  text?: string;
  roleId?: string | null;
  stage?: Stage | null;
  /** case-insensitive */
  tag?: string | null;
  /** 0–100; candidates scoring below are left out */
  minScore?: number | null;
  /** defaults to score */
  sort?: SortKey;
  /** defaults: score and saved newest/highest first, name A→Z */
  direction?: SortDirection;
}

interface SearchEntry {
  candidate: Candidate;
  haystack: string;
  tagKeys: readonly string[];
  nameKey: string;
  savedAt: number;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** entries in ascending order of each key, computed on first use */
  readonly orders: Map<SortKey, readonly SearchEntry[]>;
}

const MARKS = /\p{M}+/gu;

/** Lowercase without accents: "Zoë Ångström" → "zoe angstrom". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

function haystackOf(c: Candidate): string {
  const parts: string[] = [c.name, c.githubLogin ?? '', c.linkedinSlug ?? '', c.headline ?? '', c.location ?? '', c.notes, ...c.tags];
  for (const s of c.snapshot.skills) {
    if (s.strength <= 0) continue;
    parts.push(s.skill);
    const name = skillById(s.skill)?.name;
    if (name) parts.push(name);
  }
  parts.push(c.snapshot.matrixName);
  return foldText(parts.join('\n'));
}

export function buildSearchIndex(candidates: readonly Candidate[]): SearchIndex {
  return {
    entries: candidates.map((candidate) => ({
      candidate,
      haystack: haystackOf(candidate),
      tagKeys: candidate.tags.map(foldText),
      nameKey: foldText(candidate.name),
      savedAt: Date.parse(candidate.updatedAt),
    })),
    orders: new Map(),
  };
}

function sortScore(c: Candidate): number {
  return isPending(c.snapshot) ? -1 : c.snapshot.overall;
}

function compareBy(key: SortKey): (a: SearchEntry, b: SearchEntry) => number {
  const tie = (a: SearchEntry, b: SearchEntry) => (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
  switch (key) {
    case 'score':
      // a pending score sorts below every number
      return (a, b) => sortScore(a.candidate) - sortScore(b.candidate) || tie(a, b);
    case 'saved':
      return (a, b) => a.savedAt - b.savedAt || tie(a, b);
    case 'name':
      return (a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : tie(a, b));
  }
}

function ordered(index: SearchIndex, key: SortKey): readonly SearchEntry[] {
  let order = index.orders.get(key);
  if (!order) {
    order = [...index.entries].sort(compareBy(key));
    index.orders.set(key, order);
  }
  return order;
}

/** The words of a search box, folded; empty words dropped. */
export function searchTerms(text: string | undefined): string[] {
  return text ? foldText(text).split(/\s+/).filter((t) => t.length > 0) : [];
}

/** The candidates that match every filter, in the chosen order. "Date saved" is the last save or edit (updatedAt). */
export function queryCandidates(index: SearchIndex, query: CandidateQuery = {}): Candidate[] {
  const sort = query.sort ?? 'score';
  const direction = query.direction ?? (sort === 'name' ? 'asc' : 'desc');
  const terms = searchTerms(query.text);
  const tag = query.tag ? foldText(query.tag.trim()) : null;
  const minScore = query.minScore ?? null;
  const { roleId, stage } = query;

  const out: Candidate[] = [];
  const order = ordered(index, sort);
  const n = order.length;
  for (let k = 0; k < n; k++) {
    const e = order[direction === 'asc' ? k : n - 1 - k]!;
    const c = e.candidate;
    if (roleId && c.roleId !== roleId) continue;
    if (stage && c.stage !== stage) continue;
    if (minScore !== null && (isPending(c.snapshot) || c.snapshot.overall < minScore)) continue;
    if (tag && !e.tagKeys.includes(tag)) continue;
    if (terms.length > 0 && !terms.every((t) => e.haystack.includes(t))) continue;
    out.push(c);
  }
  return out;
}

/** Every tag in use, each once (first spelling wins), sorted A→Z, for the tag filter. */
export function listTags(candidates: readonly Candidate[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of candidates) for (const t of c.tags) if (!byKey.has(foldText(t))) byKey.set(foldText(t), t);
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, t]) => t);
}

/** Every role candidates are saved for, with the matrix name of the latest snapshot, for the role filter. */
export function listRoles(candidates: readonly Candidate[]): { id: string; name: string }[] {
  const roles = new Map<string, string>();
  for (const c of candidates) if (!roles.has(c.roleId)) roles.set(c.roleId, roleNameOf(c));
  return [...roles.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
