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

/**
 * One person's effective skills against one matrix plan, by slot: each
 * field an array indexed by the plan's skill slots. The arrays are made once
 * per plan and refilled for each person (scoring reads one person's before it
 * starts the next), so re-scoring a list makes no object per skill.
 */
export class EffectiveSkills {
  /** whether the slot holds a skill with strength */
  private readonly present: Uint8Array;
  /** the strength the score uses, 0..1 */
  readonly strength: Float64Array;
  /** the slot of the evidence skill the strength came through, or -1 when it is the skill's own */
  readonly viaSlot: Int32Array;
  /** the evidence behind the strength (the implying skill's, when implied) */
  readonly sources: (readonly EvidenceSource[])[];
  /** the slots filled, each once, in the order first filled (a slot emptied again stays listed) */
  readonly filled: number[] = [];
  /** the slots of the person's own evidence, in the order first named */
  private readonly own: number[] = [];

  constructor(size: number) {
    this.present = new Uint8Array(size);
    this.strength = new Float64Array(size);
    this.viaSlot = new Int32Array(size);
    this.sources = new Array<readonly EvidenceSource[]>(size).fill(NONE);
  }

  /** Whether the person shows the skill in `slot`, directly or through another. */
  has(slot: number): boolean {
    return this.present[slot] === 1;
  }

  /** Empties the table for the next person. */
  private clear(): void {
    const { present, sources, filled } = this;
    for (let i = 0; i < filled.length; i++) {
      present[filled[i]!] = 0;
      sources[filled[i]!] = NONE;
    }
    filled.length = 0;
    this.own.length = 0;
  }

  private set(slot: number, strength: number, viaSlot: number, sources: readonly EvidenceSource[]): void {
    this.present[slot] = 1;
    this.strength[slot] = strength;
    this.viaSlot[slot] = viaSlot;
    this.sources[slot] = sources;
  }

  /** Fills the table from one person's evidence. */
  fill(evidence: readonly SkillEvidence[], plan: MatrixPlan): this {
    this.clear();
    const { present, strength, viaSlot, filled, own } = this;
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
      if (present[slot] === 0) {
        this.set(slot, e.strength, -1, e.sources);
        filled.push(slot);
        own.push(slot);
      } else {
        merged ??= new Map();
        const m = merged.get(slot);
        if (m) {
          m.strengths.push(e.strength);
          m.sources.push(...e.sources);
        } else merged.set(slot, { strengths: [strength[slot]!, e.strength], sources: [...this.sources[slot]!, ...e.sources] });
      }
      if (!(e.strength > 0)) unsure = true;
    }
    // a skill named more than once: its strengths combined, its sources strongest first
    if (merged) {
      for (const [slot, m] of merged) {
        strength[slot] = combineWeights(m.strengths);
        this.sources[slot] = m.sources.sort((a, b) => b.weight - a.weight);
      }
    }
    // a skill without strength is no evidence of it
    if (unsure) for (let i = 0; i < own.length; i++) if (strength[own[i]!]! <= 0) present[own[i]!] = 0;

    // what a skill implies never outweighs the skill's own evidence; among equal implied strengths, the
    // implying skill whose id sorts first is named, whatever order the evidence came in
    for (let i = 0; i < own.length; i++) {
      const from = own[i]!;
      // own evidence without strength is none (even where an implication filled the slot since)
      if (present[from] === 0 || viaSlot[from] !== -1) continue;
      const targets = slots[from]!.implies;
      if (targets.length === 0) continue;
      const s = strength[from]! * IMPLIED_DISCOUNT;
      const fromSkill = slots[from]!.skill;
      for (let t = 0; t < targets.length; t++) {
        const target = targets[t]!;
        const had = present[target] === 1;
        if (had) {
          // a stronger implication replaces what is there; an equal one only another implication through a skill sorting later
          const current = strength[target]!;
          if (s < current) continue;
          if (s === current && (viaSlot[target] === -1 || fromSkill >= slots[viaSlot[target]!]!.skill)) continue;
        }
        this.set(target, s, from, this.sources[from]!);
        // a slot emptied for want of strength is still listed
        if (!had && !(unsure && filled.includes(target))) filled.push(target);
      }
    }
    return this;
  }
}

const NONE: readonly EvidenceSource[] = Object.freeze([]);

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
