import { useId, useState } from 'react';
import { parseTags } from '@/lib/candidates/tags';
import { conflictFields, patchOf, resolveEditConflict, type ConflictChoice } from '@/lib/candidates/edit-conflict';
import { revisionOf, type Candidate, type CandidatePatch, type Stage } from '@/lib/candidates/schema';
import type { PanelSaveResult, SavedFields } from '@/lib/evaluation/save-evaluation';
import { EditConflictPrompt } from '@/components/trust/EditConflictPrompt';
import { t, tOr } from '@/lib/i18n';
import { StageSelect } from '@/components/Selects';
import { StatusLine, type Status } from '@/components/StatusLine';
import { stageLabel } from '@/components/candidates/labels';
import { dayText, isoOf } from '@/components/dates';

export interface SaveRequest {
  stage: Stage;
  tags: string[];
  notes: string;
  /** corrections the recruiter typed (for a page Hirelens could not read well); the panel fills these in */
  name: string | null;
  headline: string | null;
  /** the revision of the saved record this form showed (0: none); the save is refused as a conflict when the record moved on */
  expectedRevision: number;
  /** true once the recruiter chose in a conflict: stage, tags and notes are written as they are, not merged */
  exact?: true;
}

export interface SaveCandidateFormProps {
  /** the stored record's stage, tags, notes and revision when this person was saved before */
  saved: { stage: Stage; tags: string[]; notes: string; updatedAt: string; revision: number } | null;
  /** refused with `conflict` when another panel saved the person since the revision this form showed */
  onSave: (request: SaveRequest) => Promise<PanelSaveResult>;
}

const NOTHING_SAVED: SavedFields = { revision: 0, stage: 'sourced', tags: [], notes: '' };

/** True when the other panel's save (`from` → `current`) changed a field this panel's edit changes, to a different value. */
function touchesTheSameFields(from: SavedFields, current: Candidate, mine: CandidatePatch): boolean {
  const theirs = patchOf(from, { stage: current.stage, tags: current.tags, notes: current.notes });
  const overlap: CandidatePatch = {};
  if (theirs.stage !== undefined && mine.stage !== undefined) overlap.stage = mine.stage;
  if (theirs.tags !== undefined && mine.tags !== undefined) overlap.tags = mine.tags;
  if (theirs.notes !== undefined && mine.notes !== undefined) overlap.notes = mine.notes;
  return conflictFields(current, overlap).length > 0;
}

/** The stored record's stage, tags and notes with `patch` over them. */
function patchOnto(current: Candidate, patch: CandidatePatch): { stage: Stage; tags: string[]; notes: string } {
  return { stage: patch.stage ?? current.stage, tags: [...(patch.tags ?? current.tags)], notes: patch.notes ?? current.notes };
}

/**
 * Save (or update) the shown person, with the stage picker right beside the
 * button. Tags and notes open in place under it, with their own Save. The
 * outcome shows under the button that was pressed. The save carries the
 * revision the form was filled from: when another panel saved the person in
 * between, both versions are shown (EditConflictPrompt) and nothing is
 * written until the recruiter chooses.
 */
export function SaveCandidateForm({ saved, onSave }: SaveCandidateFormProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<Stage>(saved?.stage ?? 'sourced');
  const [tags, setTags] = useState(saved ? saved.tags.join(', ') : '');
  const [notes, setNotes] = useState(saved?.notes ?? '');
  // the record this form was filled from, at its revision: a save is written only while the store still holds it
  const [base, setBase] = useState<SavedFields>(saved ? { revision: saved.revision, stage: saved.stage, tags: saved.tags, notes: saved.notes } : NOTHING_SAVED);
  const [conflict, setConflict] = useState<{ at: 'row' | 'details'; current: Candidate; mine: CandidatePatch; from: SavedFields } | null>(null);
  const [status, setStatus] = useState<{ at: 'row' | 'details'; status: Status } | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (fields: SavedFields) => {
    setBase(fields);
    setStage(fields.stage);
    setTags(fields.tags.join(', '));
    setNotes(fields.notes);
  };

  const write = async (at: 'row' | 'details', request: SaveRequest, mine: CandidatePatch, from: SavedFields) => {
    setBusy(true);
    try {
      const result = await onSave(request);
      if (result.ok) {
        show(result.saved);
        setStatus({ at, status: { kind: 'ok', text: result.created ? t('savedNew') : t('savedUpdated') } });
      } else if (result.conflict?.current) {
        const current = result.conflict.current;
        if (!touchesTheSameFields(from, current, mine)) {
          // the other panel changed none of the fields this one did: what it saved stays, and this save goes on top of it
          await write(at, { ...request, ...patchOnto(current, mine), expectedRevision: revisionOf(current), exact: true }, mine, from);
          return;
        }
        // nothing is written until the recruiter chooses
        setStatus(null);
        setConflict({ at, current, mine, from });
      } else if (result.conflict) {
        // deleted in another panel: the next Save adds the person anew
        setBase(NOTHING_SAVED);
        setStatus({ at, status: { kind: 'error', text: tOr('saveDeletedElsewhere', 'This candidate was deleted in another panel; nothing was saved. Save again to add them anew.') } });
      } else {
        setStatus({ at, status: { kind: 'error', text: result.error } });
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (at: 'row' | 'details') => {
    const form = { stage, tags: parseTags(tags), notes };
    void write(at, { ...form, name: null, headline: null, expectedRevision: base.revision }, patchOf(base, form), base);
  };

  const resolve = (choice: ConflictChoice) => {
    if (!conflict) return;
    const { at, current, mine, from } = conflict;
    setConflict(null);
    const next = resolveEditConflict(current, mine, choice);
    if (!next) {
      // theirs: nothing written; the form now shows what the other panel saved
      show({ revision: revisionOf(current), stage: current.stage, tags: [...current.tags], notes: current.notes });
      setStatus({ at, status: { kind: 'ok', text: tOr('saveKeptTheirs', 'Kept what the other panel saved; yours was not written.') } });
      return;
    }
    void write(at, { ...patchOnto(current, next), name: null, headline: null, expectedRevision: revisionOf(current), exact: true }, mine, from);
  };
  const line = (at: 'row' | 'details') =>
    status?.at === at ? <StatusLine status={status.status} testId="save-status" okClassName="confirm" errorClassName="notice error small" /> : null;

  return (
    <div className="save" role="group" aria-label={t('saveHeading')}>
      <div className="save-row">
        <button type="button" className="primary" data-testid="save-candidate" disabled={busy} onClick={() => submit('row')}>
          {saved ? tOr('updateShort', 'Update') : tOr('saveShort', 'Save')}
        </button>
        <StageSelect testId="save-stage" ariaLabel={t('stageLabel')} value={stage} onChange={setStage} />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-details`}
          onClick={() => setOpen(!open)}
          data-testid="save-details-toggle"
        >
          {tOr('tagsNotes', 'Tags, notes')}
        </button>
      </div>
      {line('row')}
      {conflict ? <EditConflictPrompt fields={conflictFields(conflict.current, conflict.mine)} busy={busy} onResolve={resolve} /> : null}
      {saved && status === null && conflict === null ? (
        <p className="muted small save-saved" data-testid="save-saved">
          {tOr('savedAs', 'Saved as $1', stageLabel(saved.stage))} · <time dateTime={isoOf(saved.updatedAt)}>{dayText(saved.updatedAt)}</time>
        </p>
      ) : null}
      {open ? (
        <form
          id={`${id}-details`}
          className="save-details"
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) submit('details');
          }}
        >
          <label htmlFor={`${id}-tags`}>{t('tagsLabel')}</label>
          <input id={`${id}-tags`} data-testid="save-tags" value={tags} placeholder="go, remote, shortlist" onChange={(e) => setTags(e.target.value)} />
          <label htmlFor={`${id}-notes`}>{t('notesLabel')}</label>
          <textarea id={`${id}-notes`} data-testid="save-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          <div className="save-details-actions">
            <button type="submit" className="primary" data-testid="save-details-save" disabled={busy}>
              {saved ? tOr('updateShort', 'Update') : tOr('saveShort', 'Save')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('candidatesEditClose')}
            </button>
          </div>
          {line('details')}
        </form>
      ) : null}
    </div>
  );
}
