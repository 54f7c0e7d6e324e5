import { useId, useState } from 'react';
import { parseTags } from '@/lib/candidates/tags';
import type { Stage } from '@/lib/candidates/schema';
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
}

export interface SaveCandidateFormProps {
  /** the stored record's stage, tags and notes when this person was saved before */
  saved: { stage: Stage; tags: string[]; notes: string; updatedAt: string } | null;
  onSave: (request: SaveRequest) => Promise<{ ok: true; created: boolean } | { ok: false; error: string }>;
}

/**
 * Save (or update) the shown person, with the stage picker right beside the
 * button. Tags and notes open in place under it, with their own Save. The
 * outcome shows under the button that was pressed.
 */
export function SaveCandidateForm({ saved, onSave }: SaveCandidateFormProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<Stage>(saved?.stage ?? 'sourced');
  const [tags, setTags] = useState(saved ? saved.tags.join(', ') : '');
  const [notes, setNotes] = useState(saved?.notes ?? '');
  const [status, setStatus] = useState<{ at: 'row' | 'details'; status: Status } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (at: 'row' | 'details') => {
    setBusy(true);
    const result = await onSave({ stage, tags: parseTags(tags), notes, name: null, headline: null });
    setBusy(false);
    setStatus({
      at,
      status: result.ok ? { kind: 'ok', text: result.created ? t('savedNew') : t('savedUpdated') } : { kind: 'error', text: result.error },
    });
  };
  const line = (at: 'row' | 'details') =>
    status?.at === at ? <StatusLine status={status.status} testId="save-status" okClassName="confirm" errorClassName="notice error small" /> : null;

  return (
    <div className="save" role="group" aria-label={t('saveHeading')}>
      <div className="save-row">
        <button type="button" className="primary" data-testid="save-candidate" disabled={busy} onClick={() => void submit('row')}>
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
      {saved && status === null ? (
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
            if (!busy) void submit('details');
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
