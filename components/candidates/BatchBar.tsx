import { useId, useState } from 'react';
import type { Stage } from '@/lib/candidates/schema';
import { t, tOr } from '@/lib/i18n';
import { StageSelect } from '@/components/Selects';

// how many candidates a comparison takes (lib/evaluation/compare-bounds.ts: no imports, so the list loads no comparison code)
export { COMPARE_MAX, COMPARE_MIN } from '@/lib/evaluation/compare-bounds';

export interface BatchBarProps {
  count: number;
  busy: boolean;
  onSetStage: (stage: Stage) => void;
  onAddTag: (tag: string) => void;
  onExport: () => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What can be done to the selected candidates at once: stage, tag, export, delete (with undo); Compare (two to four) sits in the toolbar above. */
export function BatchBar({ count, busy, onSetStage, onAddTag, onExport, onDelete, onClear }: BatchBarProps) {
  const id = useId();
  const [stage, setStage] = useState<Stage>('contacted');
  const [tag, setTag] = useState('');
  return (
    <div className="cand-batch" role="group" aria-label={tOr('batchLabel', 'Actions on the selected candidates')} data-testid="batch-bar" data-count={count}>
      <span className="cand-batch-count" data-testid="batch-count">
        {tOr('batchSelected', '$1 selected', String(count))}
      </span>
      <span className="cand-batch-group">
        <StageSelect id={`${id}-stage`} testId="batch-stage" ariaLabel={tOr('batchStageLabel', 'Stage for the selected')} value={stage} onChange={setStage} />
        <button type="button" data-testid="batch-stage-apply" disabled={busy} onClick={() => onSetStage(stage)}>
          {tOr('batchSetStage', 'Set stage')}
        </button>
      </span>
      <form
        className="cand-batch-group"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim() && !busy) {
            onAddTag(tag.trim());
            setTag('');
          }
        }}
      >
        <input data-testid="batch-tag" aria-label={tOr('batchTagLabel', 'Tag to add to the selected')} placeholder={tOr('batchTagPlaceholder', 'tag')} value={tag} size={8} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" data-testid="batch-tag-apply" disabled={busy || !tag.trim()}>
          {tOr('batchAddTag', 'Add tag')}
        </button>
      </form>
      <span className="cand-batch-group">
        <button type="button" data-testid="export-selected" disabled={busy} onClick={onExport}>
          {tOr('batchExport', 'Export selected')}
        </button>
        <button type="button" className="danger" data-testid="batch-delete" disabled={busy} onClick={onDelete}>
          {tOr('batchDelete', 'Delete')}
        </button>
        <button type="button" data-testid="compare-clear" onClick={onClear}>
          {t('candidatesCompareClear')}
        </button>
      </span>
    </div>
  );
}
