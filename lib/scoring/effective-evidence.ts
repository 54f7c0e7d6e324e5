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


const CODE_KINDS = new Set<EvidenceSource['kind']>(['repo-language', 'manifest', 'file', 'pinned', 'contribution']);

/** Git evidence from the repositories the other evidence points at (people who publish code use git). */
export function gitFromRepositories(evidence: readonly SkillEvidence[]): SkillEvidence | null {
  let repos: Map<string, EvidenceSource> | null = null;
  for (const e of evidence) {
    for (const s of e.sources) {
      if (s.origin !== 'github' || !s.repo || !CODE_KINDS.has(s.kind)) continue;
      repos ??= new Map();
      if (!repos.has(s.repo)) repos.set(s.repo, s);
    }
  }
  if (!repos) return null;
  const names = [...repos.keys()].sort().slice(0, 10);
  const sources: EvidenceSource[] = names.map((repo) => {
    const s = repos.get(repo);
    return {
      kind: 'repo-language',
      origin: 'github',
      repo,
      path: null,
      detail: s?.kind === 'contribution' ? `Pull requests merged into ${repo}` : `Code kept in the public Git repository ${repo}`,
      url: s?.url ?? null,
      weight: GIT_PER_REPO,
      date: s?.date ?? null,
    };
  });
  return { skill: 'git', strength: Math.min(GIT_FROM_REPOS_MAX, GIT_FROM_ONE_REPO + GIT_PER_REPO * (repos.size - 1)), sources, lastSeen: null };
}

export function effectiveSkills(evidence: readonly SkillEvidence[]): Map<string, EffectiveSkill> {
  const direct = new Map<string, { strengths: number[]; sources: EvidenceSource[] | readonly EvidenceSource[]; merged: boolean }>();
  const addDirect = (e: SkillEvidence): void => {
    const entry = direct.get(e.skill);
    if (entry) {
      entry.strengths.push(e.strength);
      entry.sources = [...entry.sources, ...e.sources];
      entry.merged = true;
    } else direct.set(e.skill, { strengths: [e.strength], sources: e.sources, merged: false });
  };
  for (const e of evidence) addDirect(e);
  const git = gitFromRepositories(evidence);
  if (git) addDirect(git);

  const out = new Map<string, EffectiveSkill>();
  const directOnly: EffectiveSkill[] = [];
  const ids = [...direct.keys()].sort();
  for (const id of ids) {
    const entry = direct.get(id);
    if (!entry) continue;
    const strength = entry.merged ? combineWeights(entry.strengths) : (entry.strengths[0] ?? 0);
    if (strength <= 0) continue;
    const sources = entry.merged ? [...entry.sources].sort((a, b) => b.weight - a.weight) : entry.sources;
    const e: EffectiveSkill = { skill: id, strength, via: null, sources };
    out.set(id, e);
    directOnly.push(e);
  }
  for (const from of directOnly) {
    for (const target of impliedSkills(from.skill)) {
      const s = from.strength * IMPLIED_DISCOUNT;
      const current = out.get(target);
      if (!current || s > current.strength) out.set(target, { skill: target, strength: s, via: from.skill, sources: from.sources });
    }
  }
  return out;
}
