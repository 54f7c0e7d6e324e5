/**
 * The strength the score uses for each skill: the person's own evidence, plus
 * what other skills imply at a discount (django counts for python at 70%), plus
 * git from having code in public repositories.
 */
import type { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { impliedSkills } from '../skills/lookup';
import { combineWeights } from '../evidence/linkedin';

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

/** Whether the first `n` sources are in repository order. */
function inRepoOrder(sources: readonly EvidenceSource[]): boolean {
  for (let i = 1; i < sources.length; i++) if (sources[i - 1]!.repo! > sources[i]!.repo!) return false;
  return true;
}

/** Up to this many repositories are told apart by scanning the ones seen; more, by a Set. */
const SCAN_UP_TO = 16;

/** Git evidence from the repositories the other evidence points at (people who publish code use git). */
export function gitFromRepositories(evidence: readonly SkillEvidence[]): SkillEvidence | null {
  // the first code source seen in each repository
  const firsts: EvidenceSource[] = [];
  let seen: Set<string> | null = null;
  for (let i = 0; i < evidence.length; i++) {
    const list = evidence[i]!.sources;
    for (let j = 0; j < list.length; j++) {
      const s = list[j]!;
      const repo = s.repo;
      if (!repo || s.origin !== 'github' || !CODE_KINDS[s.kind]) continue;
      if (seen === null) {
        let k = 0;
        while (k < firsts.length && firsts[k]!.repo !== repo) k++;
        if (k < firsts.length) continue;
        if (firsts.length === SCAN_UP_TO) seen = new Set(firsts.map((f) => f.repo!)).add(repo);
      } else if (seen.has(repo)) continue;
      else seen.add(repo);
      firsts.push(s);
    }
  }
  if (firsts.length === 0) return null;
  if (!inRepoOrder(firsts)) firsts.sort(byRepo);
  const count = Math.min(10, firsts.length);
  const sources = new Array<EvidenceSource>(count);
  for (let i = 0; i < count; i++) {
    const s = firsts[i]!;
    const repo = s.repo!;
    sources[i] = {
      kind: 'repo-language',
      origin: 'github',
      repo,
      path: null,
      detail: s.kind === 'contribution' ? `Pull requests merged into ${repo}` : `Code kept in the public Git repository ${repo}`,
      url: s.url ?? null,
      weight: GIT_PER_REPO,
      date: s.date ?? null,
    };
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

/** Skills named more than once: every strength and every source. */
type Merged = Map<string, { strengths: number[]; sources: EvidenceSource[] }>;

export function effectiveSkills(evidence: readonly SkillEvidence[]): Map<string, EffectiveSkill> {
  const out = new Map<string, EffectiveSkill>();
  // each skill's own evidence, in the order first named
  const own: Own[] = [];
  let merged: Merged | null = null;
  // some evidence had no strength
  let unsure = false;
  const git = gitFromRepositories(evidence);
  const count = evidence.length + (git ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const e = i < evidence.length ? evidence[i]! : git!;
    const current = out.get(e.skill);
    if (current === undefined) {
      const o: Own = { skill: e.skill, strength: e.strength, via: null, sources: e.sources };
      out.set(e.skill, o);
      own.push(o);
    } else {
      merged ??= new Map();
      const m = merged.get(e.skill);
      if (m) {
        m.strengths.push(e.strength);
        m.sources.push(...e.sources);
      } else merged.set(e.skill, { strengths: [current.strength, e.strength], sources: [...current.sources, ...e.sources] });
    }
    if (!(e.strength > 0)) unsure = true;
  }
  // a skill named more than once: its strengths combined, its sources strongest first
  if (merged) {
    for (let i = 0; i < own.length; i++) {
      const o = own[i]!;
      const m = merged.get(o.skill);
      if (!m) continue;
      o.strength = combineWeights(m.strengths);
      o.sources = m.sources.sort((a, b) => b.weight - a.weight);
    }
  }
  // a skill without strength is no evidence of it
  if (unsure) for (let i = 0; i < own.length; i++) if (own[i]!.strength <= 0) out.delete(own[i]!.skill);

  // what a skill implies never outweighs the skill's own evidence; among equal implied strengths, the
  // implying skill whose id sorts first is named, whatever order the evidence came in
  for (let i = 0; i < own.length; i++) {
    const from = own[i]!;
    if (from.strength <= 0) continue;
    const targets = impliedSkills(from.skill);
    if (targets.length === 0) continue;
    const s = from.strength * IMPLIED_DISCOUNT;
    for (let t = 0; t < targets.length; t++) {
      const target = targets[t]!;
      if (replaces(s, from.skill, out.get(target))) out.set(target, { skill: target, strength: s, via: from.skill, sources: from.sources });
    }
  }
  return out;
}
