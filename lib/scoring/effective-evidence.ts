/**
 * The strength the score uses for each skill: the person's own evidence, plus
 * what other skills imply at a discount (django counts for python at 70%), plus
 * git from having code in public repositories.
 */
import type { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { impliedSkills } from '../skills/lookup';
import { combineWeights } from '../evidence/linkedin';
import { FewStrings } from './few-strings';

/** An implied skill counts this share of the skill that implies it. */
export const IMPLIED_DISCOUNT = 0.7;
/**
 * Git strength from public repositories: any public repository shows the
 * person works in Git (`GIT_FROM_ONE_REPO`, enough for every preset's Git
 * row), each further one adds `GIT_PER_REPO`, up to `GIT_FROM_REPOS_MAX`.
 */
export const GIT_FROM_ONE_REPO = 0.3;
export const GIT_PER_REPO = 0.1;
export const GIT_FROM_REPOS_MAX = 0.6;

export interface EffectiveSkill {
  skill: string;
  strength: number;
  /** the evidence skill this strength came through, when implied; null when direct */
  via: string | null;
  sources: readonly EvidenceSource[];
}


/** Source kinds that mean code in the repository. */
const CODE_KINDS: Readonly<Partial<Record<EvidenceSource['kind'], true>>> = { 'repo-language': true, manifest: true, file: true, pinned: true, contribution: true };
const byRepo = (a: EvidenceSource, b: EvidenceSource): number => (a.repo! < b.repo! ? -1 : a.repo! > b.repo! ? 1 : 0);

/** Git evidence from the repositories the other evidence points at (people who publish code use git). */
export function gitFromRepositories(evidence: readonly SkillEvidence[]): SkillEvidence | null {
  // the first code source seen in each repository
  const firsts: EvidenceSource[] = [];
  const seen = new FewStrings();
  for (const e of evidence) {
    for (const s of e.sources) {
      if (s.origin === 'github' && s.repo && CODE_KINDS[s.kind] && seen.add(s.repo)) firsts.push(s);
    }
  }
  if (firsts.length === 0) return null;
  firsts.sort(byRepo);
  const sources: EvidenceSource[] = [];
  for (let i = 0; i < firsts.length && i < 10; i++) {
    const s = firsts[i]!;
    const repo = s.repo!;
    sources.push({
      kind: 'repo-language',
      origin: 'github',
      repo,
      path: null,
      detail: s.kind === 'contribution' ? `Pull requests merged into ${repo}` : `Code kept in the public Git repository ${repo}`,
      url: s.url ?? null,
      weight: GIT_PER_REPO,
      date: s.date ?? null,
    });
  }
  return { skill: 'git', strength: Math.min(GIT_FROM_REPOS_MAX, GIT_FROM_ONE_REPO + GIT_PER_REPO * (firsts.length - 1)), sources, lastSeen: null };
}

/** Whether an implied strength takes the place of `current`: a stronger one, or as strong through a skill that sorts first. */
function replaces(strength: number, via: string, current: EffectiveSkill | undefined): boolean {
  if (!current || strength > current.strength) return true;
  return strength === current.strength && current.via !== null && via < current.via;
}

/** A skill's own evidence while effectiveSkills collects it. */
interface Own {
  skill: string;
  strength: number;
  via: null;
  sources: readonly EvidenceSource[];
}

interface Collected {
  out: Map<string, EffectiveSkill>;
  /** each skill's own evidence, in the order first named */
  own: Own[];
  /** skills named more than once: every strength and every source */
  merged: Map<string, { strengths: number[]; sources: EvidenceSource[] }> | null;
  /** some evidence had no strength */
  unsure: boolean;
}

function collect(c: Collected, e: SkillEvidence): void {
  const current = c.out.get(e.skill);
  if (current === undefined) {
    const own: Own = { skill: e.skill, strength: e.strength, via: null, sources: e.sources };
    c.out.set(e.skill, own);
    c.own.push(own);
  } else {
    c.merged ??= new Map();
    const m = c.merged.get(e.skill);
    if (m) {
      m.strengths.push(e.strength);
      m.sources.push(...e.sources);
    } else c.merged.set(e.skill, { strengths: [current.strength, e.strength], sources: [...current.sources, ...e.sources] });
  }
  if (!(e.strength > 0)) c.unsure = true;
}

export function effectiveSkills(evidence: readonly SkillEvidence[]): Map<string, EffectiveSkill> {
  const c: Collected = { out: new Map(), own: [], merged: null, unsure: false };
  for (const e of evidence) collect(c, e);
  const git = gitFromRepositories(evidence);
  if (git) collect(c, git);
  const { out, own, merged } = c;
  // a skill named more than once: its strengths combined, its sources strongest first
  if (merged) {
    for (const o of own) {
      const m = merged.get(o.skill);
      if (!m) continue;
      o.strength = combineWeights(m.strengths);
      o.sources = m.sources.sort((a, b) => b.weight - a.weight);
    }
  }
  // a skill without strength is no evidence of it
  if (c.unsure) for (const o of own) if (o.strength <= 0) out.delete(o.skill);

  // what a skill implies never outweighs the skill's own evidence; among equal implied strengths, the
  // implying skill whose id sorts first is named, whatever order the evidence came in
  for (const from of own) {
    if (from.strength <= 0) continue;
    const s = from.strength * IMPLIED_DISCOUNT;
    for (const target of impliedSkills(from.skill)) {
      if (replaces(s, from.skill, out.get(target))) out.set(target, { skill: target, strength: s, via: from.skill, sources: from.sources });
    }
  }
  return out;
}
