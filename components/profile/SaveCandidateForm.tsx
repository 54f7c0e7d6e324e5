import { useState } from 'react';
import { parseTags } from '@/lib/candidates/tags';
import type { Stage } from '@/lib/candidates/schema';
import { t } from '@/lib/i18n';
import { StageSelect } from '@/components/Selects';
import { StatusLine, type Status } from '@/components/StatusLine';

export interface SaveRequest {
  stage: Stage;
  tags: string[];
  notes: string;
  /** corrections the recruiter typed (for a page Hirelens could not read well) */
  name: string | null;
  headline: string | null;
}

export interface SaveCandidateFormProps {
  /** the stored record's stage, tags and notes when this person was saved before */
  saved: { stage: Stage; tags: string[]; notes: string; updatedAt: string } | null;
  /** show name and headline fields to correct a reading */
  allowCorrections: boolean;
  initialName: string;
  initialHeadline: string;
  onSave: (request: SaveRequest) => Promise<{ ok: true; created: boolean } | { ok: false; error: string }>;
}

/** Save (or update) the shown person with a stage, tags and notes. */
export function SaveCandidateForm({ saved, allowCorrections, initialName, initialHeadline, onSave }: SaveCandidateFormProps) {
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<Stage>(saved?.stage ?? 'sourced');
  const [tags, setTags] = useState(saved ? saved.tags.join(', ') : '');
  const [notes, setNotes] = useState(saved?.notes ?? '');
  const [name, setName] = useState(initialName);
  const [headline, setHeadline] = useState(initialHeadline);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await onSave({
      stage,
      tags: parseTags(tags),
      notes,
      name: allowCorrections && name.trim() ? name.trim() : null,
      headline: allowCorrections && headline.trim() ? headline.trim() : null,
    });
    setBusy(false);
    setStatus(result.ok ? { kind: 'ok', text: result.created ? t('savedNew') : t('savedUpdated') } : { kind: 'error', text: result.error });
  };

  return (
    <section className="save" aria-label={t('saveHeading')}>
      <div className="save-row">
        <button type="button" className="primary" data-testid="save-candidate" disabled={busy} onClick={() => void submit()}>
          {saved ? t('updateCandidate') : t('saveCandidate')}
        </button>
        <button type="button" aria-expanded={open} aria-controls="save-details" onClick={() => setOpen(!open)} data-testid="save-details-toggle">
          {t('stageTagsNotes')}
        </button>
        {saved ? <span className="muted small">{t('savedOn', new Date(saved.updatedAt).toLocaleDateString())}</span> : null}
      </div>
      {open ? (
        <div id="save-details" className="save-details">
          {allowCorrections ? (
            <>
              <label>
                {t('nameLabel')}
                <input data-testid="correct-name" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <label>
                {t('headlineLabel')}
                <input data-testid="correct-headline" value={headline} onChange={(e) => setHeadline(e.target.value)} />
              </label>
            </>
          ) : null}
          <label>
            {t('stageLabel')}
            <StageSelect testId="save-stage" value={stage} onChange={setStage} />
          </label>
          <label>
            {t('tagsLabel')}
            <input data-testid="save-tags" value={tags} placeholder="go, remote, shortlist" onChange={(e) => setTags(e.target.value)} />
          </label>
          <label>
            {t('notesLabel')}
            <textarea data-testid="save-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
        </div>
      ) : null}
      <StatusLine status={status} testId="save-status" okClassName="muted" />
    </section>
  );
}
