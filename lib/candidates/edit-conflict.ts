/**
 * Two panels editing the same candidate. Each edit is written only while the
 * record is still at the revision the panel read (updateCandidateIfUnchanged);
 * when another panel saved first, the recruiter is asked, with what each side
 * holds, and chooses. Pure.
 */
import { combineNotes } from './merge';
import { STAGE_LABELS, type Candidate, type CandidatePatch } from './schema';
import { unionTags } from './tags';

/** `keep-both`: the other panel's notes with mine appended, tags united; `mine`: my edit over theirs; `theirs`: drop my edit. */
export type ConflictChoice = 'keep-both' | 'mine' | 'theirs';

type Editable = { stage: Candidate['stage']; tags: readonly string[]; notes: string; roleId?: string };

/**
 * What an edit changed from the record it was based on: the stage, the tags,
 * the notes, and the role where the form has one; empty when nothing did.
 */
export function patchOf(base: Editable, form: Editable): CandidatePatch {
  const patch: CandidatePatch = {};
  if (form.stage !== base.stage) patch.stage = form.stage;
  if (form.roleId !== undefined && form.roleId !== base.roleId) patch.roleId = form.roleId;
  if (form.tags.join('\n') !== base.tags.join('\n')) patch.tags = [...form.tags];
  if (form.notes !== base.notes) patch.notes = form.notes;
  return patch;
}

export interface ConflictField {
  field: 'notes' | 'stage' | 'tags' | 'roleId';
  /** what the record holds now (the other panel's edit) */
  theirs: string;
  /** what this panel was about to write */
  mine: string;
}

/** The fields where my edit and the record as it is now disagree, as a recruiter reads them. */
export function conflictFields(current: Candidate, mine: CandidatePatch): ConflictField[] {
  const out: ConflictField[] = [];
  if (mine.notes !== undefined && mine.notes !== current.notes) out.push({ field: 'notes', theirs: current.notes, mine: mine.notes });
  if (mine.stage !== undefined && mine.stage !== current.stage) out.push({ field: 'stage', theirs: STAGE_LABELS[current.stage], mine: STAGE_LABELS[mine.stage] });
  if (mine.tags !== undefined && mine.tags.join('\u0000') !== current.tags.join('\u0000')) {
    out.push({ field: 'tags', theirs: current.tags.join(', '), mine: mine.tags.join(', ') });
  }
  if (mine.roleId !== undefined && mine.roleId !== current.roleId) out.push({ field: 'roleId', theirs: current.roleId, mine: mine.roleId });
  return out;
}

/** What to write, against `current` at its revision, after the recruiter chose; null: nothing (their version stays). */
export function resolveEditConflict(current: Candidate, mine: CandidatePatch, choice: ConflictChoice): CandidatePatch | null {
  if (choice === 'theirs') return null;
  if (choice === 'mine') return { ...mine };
  return {
    ...mine,
    ...(mine.notes !== undefined ? { notes: combineNotes(current.notes, mine.notes).notes } : {}),
    ...(mine.tags !== undefined ? { tags: unionTags(current.tags, mine.tags) } : {}),
  };
}
