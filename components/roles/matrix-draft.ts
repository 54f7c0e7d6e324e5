/**
 * The editor's working copy of a matrix and the pure steps on it: a new row of
 * each kind, moving a row, the standard experience bands, and validation that
 * names the field at fault. A number field the recruiter has cleared holds NaN
 * until it is filled again, so validation, not the input, reports it.
 */
import { Matrix, formatPath, type ExperienceBand, type Requirement, RequirementKind, type KnownSeniorityBand } from '@/lib/matrix';
import { skillById } from '@/lib/skills';

export const REQUIREMENT_KINDS: readonly RequirementKind[] = RequirementKind.options;

/** The experience bands of the presets: junior 0–2 years, mid 2–5, senior 5+. */
export const STANDARD_BANDS: Readonly<Record<KnownSeniorityBand, ExperienceBand>> = {
  junior: { band: 'junior', minYears: 0, maxYears: 2 },
  mid: { band: 'mid', minYears: 2, maxYears: 5 },
  senior: { band: 'senior', minYears: 5, maxYears: null },
};

/** The standard band `b` is exactly, or null when it is a custom range. */
export function standardBandOf(b: ExperienceBand): KnownSeniorityBand | null {
  const std = STANDARD_BANDS[b.band];
  return std.minYears === b.minYears && std.maxYears === b.maxYears ? b.band : null;
}

/** `base`, or `base-2`, `base-3`… whichever is not yet taken. */
export function freeRequirementId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A fresh row of `kind` with an id no other row has; a skill row starts without skills, which saving reports. */
export function newRequirement(kind: RequirementKind, taken: Iterable<string>): Requirement {
  const common = { id: freeRequirementId(kind, taken), priority: 'nice' as const, weight: 1 };
  switch (kind) {
    case 'skill':
      return { ...common, kind, label: 'New skill requirement', anyOf: [], minStrength: 0.3 };
    case 'years':
      return { ...common, kind, label: 'Years in a skill', anyOf: [], minYears: 2 };
    case 'timezone':
      return { ...common, kind, label: 'Working-hours overlap', teamUtcOffsetHours: 0, teamStartHour: 9, teamEndHour: 17, minOverlapHours: 4 };
    case 'degree':
      return { ...common, kind, label: 'A degree', fields: [] };
    case 'certification':
      return { ...common, kind, label: 'A certification', anyOf: [], names: [] };
    case 'experience':
      return { ...common, kind, label: 'Years of engineering experience' };
  }
}

/** The list with the item at `index` moved by `delta` places; unchanged when that would leave the list. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  const out = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return out;
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item as T);
  return out;
}

export type DraftCheck = { ok: true; matrix: Matrix } | { ok: false; error: string; field: string };

/** The draft read through the Matrix schema, with every skill id known to the taxonomy. */
export function checkDraft(draft: Matrix): DraftCheck {
  const parsed = Matrix.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? formatPath(issue.path) : '';
    return { ok: false, field, error: `${field || 'matrix'}: ${issue?.message ?? 'invalid matrix'}` };
  }
  for (const [i, r] of parsed.data.requirements.entries()) {
    if (!('anyOf' in r)) continue;
    for (const [j, id] of r.anyOf.entries()) {
      if (!skillById(id)) {
        const field = formatPath(['requirements', i, 'anyOf', j]);
        return { ok: false, field, error: `${field}: unknown skill "${id}"` };
      }
    }
  }
  return { ok: true, matrix: parsed.data };
}

/** Text for a number input: a cleared field (NaN) shows empty. */
export function numberText(value: number | null): string {
  return value === null || Number.isNaN(value) ? '' : String(value);
}

/** A number input's text as a number; empty becomes NaN so that saving names the field. */
export function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Comma-separated text as a list of trimmed, non-empty entries. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
