/**
 * The strength the score uses for each skill a matrix reads: the person's own
 * evidence, plus what other skills imply at a discount (django counts for
 * python at 70%), plus git from having code in public repositories.
 */
import type { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { combineWeights } from '../evidence/linkedin';
import type { MatrixPlan } from './matrix-plan';

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
  /** the skill's slot in the matrix plan, and the implying skill's (-1 when direct) */
  slot: number;
  viaSlot: number;
}


/** Source kinds that mean code in the repository. */
const CODE_KINDS: Readonly<Partial<Record<EvidenceSource['kind'], true>>> = { 'repo-language': true, manifest: true, file: true, pinned: true, contribution: true };
const byRepo = (a: EvidenceSource, b: EvidenceSource): number => (a.repo! < b.repo! ? -1 : a.repo! > b.repo! ? 1 : 0);

/** Whether the sources are in repository order. */
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

/**
 * One person's effective skills against one matrix plan, by slot. The lists
 * are made once per plan and refilled for each person (scoring reads one
 * person's before it starts the next), so a re-scored list allocates no
 * table per person.
 */
export class EffectiveSkills {
  /** each slot's effective skill, or undefined */
  readonly bySlot: (EffectiveSkill | undefined)[];
  /** the slots filled, each once, in the order first filled (a slot emptied again stays listed) */
  readonly filled: number[] = [];
  /** the slots of the person's own evidence, in the order first named */
  private readonly own: number[] = [];

  constructor(size: number) {
    this.bySlot = new Array<EffectiveSkill | undefined>(size).fill(undefined);
  }

  /** The effective skill in `slot`, if any. */
  at(slot: number): EffectiveSkill | undefined {
    return this.bySlot[slot];
  }

  /** Empties the table for the next person. */
  private clear(): void {
    const { bySlot, filled } = this;
    for (let i = 0; i < filled.length; i++) bySlot[filled[i]!] = undefined;
    filled.length = 0;
    this.own.length = 0;
  }

  /** Fills the table from one person's evidence. */
  fill(evidence: readonly SkillEvidence[], plan: MatrixPlan): this {
    this.clear();
    const { bySlot, filled, own } = this;
    const { slots, slotOf } = plan;
    // skills named more than once, by slot: every strength and every source
    let merged: Map<number, { strengths: number[]; sources: EvidenceSource[] }> | null = null;
    // some evidence had no strength
    let unsure = false;
    const git = plan.gitSlot >= 0 ? gitFromRepositories(evidence) : null;
    const count = evidence.length + (git ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const e = i < evidence.length ? evidence[i]! : git!;
      const slot = slotOf.get(e.skill);
      // a skill no row reads, and that implies none, cannot change a row
      if (slot === undefined) continue;
      const current = bySlot[slot];
      if (current === undefined) {
        bySlot[slot] = { skill: e.skill, strength: e.strength, via: null, sources: e.sources, slot, viaSlot: -1 };
        filled.push(slot);
        own.push(slot);
      } else {
        merged ??= new Map();
        const m = merged.get(slot);
        if (m) {
          m.strengths.push(e.strength);
          m.sources.push(...e.sources);
        } else merged.set(slot, { strengths: [current.strength, e.strength], sources: [...current.sources, ...e.sources] });
      }
      if (!(e.strength > 0)) unsure = true;
    }
    // a skill named more than once: its strengths combined, its sources strongest first
    if (merged) {
      for (const [slot, m] of merged) {
        const o = bySlot[slot]!;
        o.strength = combineWeights(m.strengths);
        o.sources = m.sources.sort((a, b) => b.weight - a.weight);
      }
    }
    // a skill without strength is no evidence of it
    if (unsure) for (let i = 0; i < own.length; i++) if (bySlot[own[i]!]!.strength <= 0) bySlot[own[i]!] = undefined;

    // what a skill implies never outweighs the skill's own evidence; among equal implied strengths, the
    // implying skill whose id sorts first is named, whatever order the evidence came in
    for (let i = 0; i < own.length; i++) {
      const from = bySlot[own[i]!];
      if (!from) continue;
      const targets = slots[from.slot]!.implies;
      if (targets.length === 0) continue;
      const s = from.strength * IMPLIED_DISCOUNT;
      for (let t = 0; t < targets.length; t++) {
        const target = targets[t]!;
        const current = bySlot[target];
        if (!replaces(s, from.skill, current)) continue;
        bySlot[target] = { skill: slots[target]!.skill, strength: s, via: from.skill, sources: from.sources, slot: target, viaSlot: from.slot };
        // a slot emptied for want of strength is still listed
        if (current === undefined && !(unsure && filled.includes(target))) filled.push(target);
      }
    }
    return this;
  }
}

const tables = new WeakMap<MatrixPlan, EffectiveSkills>();

/** The effective skills of one person against a matrix plan; the table is reused for the plan's next person. */
export function effectiveSkills(evidence: readonly SkillEvidence[], plan: MatrixPlan): EffectiveSkills {
  let table = tables.get(plan);
  if (!table) {
    table = new EffectiveSkills(plan.slots.length);
    tables.set(plan, table);
  }
  return table.fill(evidence, plan);
}
