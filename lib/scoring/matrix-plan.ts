/**
 * What scoring works out once per matrix instead of once per person: the order
 * rows are judged in, which row each "not the same as" row looks at, the words
 * of a row that do not depend on the person, whether a repository list
 * alone could show one of a row's skills, and a numbered slot for each skill
 * scoring reads (see SkillSlot).
 *
 * A plan is kept for each matrix object and checked on every use against the
 * fields it was built from (the rows themselves, their ids, kinds, skills,
 * strength bars and "not the same as"), so a matrix edited in place is scored
 * as it is now, never with an old plan. Labels, weights and priorities are not
 * planned: scoring reads them from the matrix each time.
 */
import type { Matrix, Requirement } from '../matrix/schema';
import { TAXONOMY } from '../skills/taxonomy';
import { impliedSkills, skillById, skillName } from '../skills/lookup';
import { strengthWord } from './strength-words';
import { namesFrameworks } from './interview';

export interface RowPlan {
  req: Requirement;
  /** the row's index in the matrix */
  index: number;
  /** the index of the row whose deciding skill does not count for this one, or -1 */
  notSameAs: number;
  /** skill rows: "No evidence of Python, Go…." */
  noEvidence: string;
  /** skill rows: " This role asks for solid evidence." */
  asks: string;
  /** skill and years rows: the skills' names joined with "or" */
  namesOr: string;
  /** a row with skills */
  hasSkills: boolean;
  /** one of the row's skills shows in a repository list alone (a language, Git) */
  listShows: boolean;
  /** the row names a framework (its interview questions then prefer the person's languages) */
  namesFrameworks: boolean;
  /** skill and certification rows: the slot of each skill the row lists, in its order */
  anyOfSlots: readonly number[];
}

/**
 * A skill scoring reads for this matrix: one a skill or certification row
 * names, or one that implies such a skill (Django, for a Python row). Slots
 * number them from 0, so a person's skills sit in an array instead of being
 * looked up by name again and again; any other skill cannot change a row.
 */
export interface SkillSlot {
  skill: string;
  /** its display name */
  name: string;
  /** the slots of the skills it implies that a row names, nearest first (impliedSkills' order) */
  implies: readonly number[];
  /**
   * the skill rows without a "not the same as" that name it, as pairs of row
   * index and the skill's place in the row's list, so a person's few skills
   * find their rows instead of every row looking up each of its skills
   */
  rows: readonly number[];
  /**
   * a row's opening words for this skill ("Go: strong", "Python (through
   * Django): solid"), made when first needed: by the slot it came through
   * (-1 when direct), then by strength word
   */
  openings: Map<number, string[]>;
}

/** "Go: strong", or "Python (through Django): solid": made once per skill, implying skill and word. */
export function rowOpening(plan: MatrixPlan, slot: number, viaSlot: number, strength: number): string {
  const skill = plan.slots[slot]!;
  let byWord = skill.openings.get(viaSlot);
  if (!byWord) skill.openings.set(viaSlot, (byWord = []));
  const word = strengthWord(strength);
  const rank = STRENGTH_RANK[word];
  return (byWord[rank] ??= `${skill.name}${viaSlot >= 0 ? ` (through ${plan.slots[viaSlot]!.name})` : ''}: ${word}`);
}

const STRENGTH_RANK: Readonly<Record<ReturnType<typeof strengthWord>, number>> = { none: 0, 'a little': 1, some: 2, solid: 3, strong: 4 };

export interface MatrixPlan {
  /** one per row, in the matrix's order */
  rows: readonly RowPlan[];
  /** row indexes in the order they are judged: rows another row refers to first */
  order: readonly number[];
  /** the skills scoring reads, by slot */
  slots: readonly SkillSlot[];
  /** each read skill's slot */
  slotOf: ReadonlyMap<string, number>;
  /** Git's slot, or -1 when no row reads Git (then Git from repositories is not worked out) */
  gitSlot: number;
  /** for each row, whether it names a framework */
  frameworkRows: readonly boolean[];
  /** what the plan was built from, compared on every use */
  built: readonly BuiltFrom[];
}

interface BuiltFrom {
  req: Requirement;
  id: string;
  kind: Requirement['kind'];
  notSameAs: string | undefined;
  minStrength: number | undefined;
  anyOf: readonly string[] | undefined;
}

function builtFrom(req: Requirement): BuiltFrom {
  return {
    req,
    id: req.id,
    kind: req.kind,
    notSameAs: req.kind === 'skill' ? req.notSameAs : undefined,
    minStrength: req.kind === 'skill' ? req.minStrength : undefined,
    anyOf: 'anyOf' in req ? [...req.anyOf] : undefined,
  };
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the rows are still the ones the plan was built from, with the same planned fields. */
function stillFits(plan: MatrixPlan, requirements: readonly Requirement[]): boolean {
  const built = plan.built;
  if (requirements.length !== built.length) return false;
  for (let i = 0; i < built.length; i++) {
    const was = built[i]!;
    const req = requirements[i]!;
    if (req !== was.req || req.id !== was.id || req.kind !== was.kind) return false;
    if (req.kind === 'skill' && (req.notSameAs !== was.notSameAs || req.minStrength !== was.minStrength)) return false;
    if (!sameList('anyOf' in req ? req.anyOf : undefined, was.anyOf)) return false;
  }
  return true;
}

/** Skill categories a repository list shows without opening files. */
function listShows(id: string): boolean {
  const category = skillById(id)?.category;
  return category === 'language' || category === 'version-control';
}

function buildPlan(matrix: Matrix): MatrixPlan {
  const requirements = matrix.requirements;
  const referenced = new Set<string>();
  for (const r of requirements) if (r.kind === 'skill' && r.notSameAs) referenced.add(r.notSameAs);
  const order: number[] = [];
  for (let i = 0; i < requirements.length; i++) if (referenced.has(requirements[i]!.id)) order.push(i);
  for (let i = 0; i < requirements.length; i++) if (!referenced.has(requirements[i]!.id)) order.push(i);

  // the row "not the same as" refers to: the last one with that id judged before this one
  const notSameAs = new Array<number>(requirements.length).fill(-1);
  for (let n = 0; n < order.length; n++) {
    const req = requirements[order[n]!]!;
    if (req.kind !== 'skill' || !req.notSameAs) continue;
    for (let m = n - 1; m >= 0; m--) {
      if (requirements[order[m]!]!.id === req.notSameAs) {
        notSameAs[order[n]!] = order[m]!;
        break;
      }
    }
  }

  const rows = requirements.map((req, i): RowPlan => {
    const anyOf = 'anyOf' in req ? req.anyOf : [];
    return {
      req,
      index: i,
      notSameAs: notSameAs[i]!,
      noEvidence: req.kind === 'skill' ? `No evidence of ${anyOf.slice(0, 6).map(skillName).join(', ')}${anyOf.length > 6 ? '…' : ''}.` : '',
      asks: req.kind === 'skill' ? ` This role asks for ${strengthWord(req.minStrength)} evidence.` : '',
      namesOr: anyOf.map(skillName).join(' or '),
      hasSkills: anyOf.length > 0,
      listShows: anyOf.some(listShows),
      namesFrameworks: namesFrameworks(req),
      anyOfSlots: [],
    };
  });
  const { slots, slotOf } = skillSlots(rows);
  const frameworkRows = rows.map((row) => row.namesFrameworks);
  return { rows, order, slots, slotOf, gitSlot: slotOf.get('git') ?? -1, frameworkRows, built: requirements.map(builtFrom) };
}

/** Numbers the skills the rows read and the skills implying them, and fills each row's anyOfSlots. */
function skillSlots(rows: RowPlan[]): { slots: SkillSlot[]; slotOf: Map<string, number> } {
  const slotOf = new Map<string, number>();
  const slots: { skill: string; name: string; implies: number[]; rows: number[]; openings: Map<number, string[]> }[] = [];
  const slotFor = (skill: string): number => {
    let slot = slotOf.get(skill);
    if (slot === undefined) {
      slot = slots.length;
      slotOf.set(skill, slot);
      slots.push({ skill, name: skillName(skill), implies: [], rows: [], openings: new Map() });
    }
    return slot;
  };
  for (const row of rows) {
    const req = row.req;
    if (req.kind !== 'skill' && req.kind !== 'certification') continue;
    row.anyOfSlots = req.anyOf.map(slotFor);
    if (req.kind === 'skill' && row.notSameAs < 0) req.anyOf.forEach((id, rank) => slots[slotFor(id)]!.rows.push(row.index, rank));
  }
  // the skills rows read take the first slots; the skills implying them follow
  const read = slots.length;
  const implying = (id: string): boolean => impliedSkills(id).some((target) => (slotOf.get(target) ?? read) < read);
  for (const skill of TAXONOMY) if (implying(skill.id)) slotFor(skill.id);
  for (const slot of slots) {
    for (const target of impliedSkills(slot.skill)) {
      const t = slotOf.get(target);
      if (t !== undefined && t < read) slot.implies.push(t);
    }
  }
  return { slots, slotOf };
}

const plans = new WeakMap<Matrix, MatrixPlan>();

/** The plan for scoring against `matrix`: kept from an earlier call while the matrix is unchanged, else built anew. */
export function matrixPlan(matrix: Matrix): MatrixPlan {
  let plan = plans.get(matrix);
  if (!plan || !stillFits(plan, matrix.requirements)) {
    plan = buildPlan(matrix);
    plans.set(matrix, plan);
  }
  return plan;
}
