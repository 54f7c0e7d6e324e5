/**
 * One person, two profiles: evidence from GitHub and from LinkedIn merged into
 * one list. Every source keeps its origin; agreeing sources make a skill stronger.
 */
import type { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { combineWeights } from './linkedin';
import { round2 } from '../numbers';

function sourceKey(s: EvidenceSource): string {
  return [s.origin, s.kind, s.repo ?? '', s.path ?? '', s.detail, s.url ?? ''].join('\u0000');
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** Merge any number of evidence lists; the same skill's strengths combine, its sources are pooled. */
export function mergeEvidence(...lists: readonly (readonly SkillEvidence[])[]): SkillEvidence[] {
  type Entry = { strengths: number[]; sources: Map<string, EvidenceSource>; lastSeen: string | null };
  const bySkill = new Map<string, Entry>();
  for (const list of lists) {
    for (const e of list) {
      const entry: Entry = bySkill.get(e.skill) ?? { strengths: [], sources: new Map(), lastSeen: null };
      entry.strengths.push(e.strength);
      for (const s of e.sources) if (!entry.sources.has(sourceKey(s))) entry.sources.set(sourceKey(s), s);
      entry.lastSeen = later(entry.lastSeen, e.lastSeen);
      bySkill.set(e.skill, entry);
    }
  }
  return [...bySkill.entries()]
    .map(([skill, e]) => ({
      skill,
      strength: round2(Math.min(1, combineWeights(e.strengths))),
      sources: [...e.sources.values()].sort((a, b) => b.weight - a.weight).slice(0, 200),
      lastSeen: e.lastSeen,
    }))
    .sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
}
