import { useEffect, useId, useMemo, useState } from 'react';
import { displayName } from '@/lib/candidates/display';
import { suggestMerges, type KeepName, type MergeReason, type MergeSuggestion, type MergeUndo, type PairAnswers } from '@/lib/candidates/merge-suggestions';
import type { Candidate } from '@/lib/candidates/schema';
import { errorText } from '@/lib/error-text';
import { tOr } from '@/lib/i18n';
import { StatusLine, type Status } from '@/components/StatusLine';

/** How long "Merged · Undo" stays, by default. */
export const UNDO_MS = 10_000;

export interface MergeSuggestionsProps {
  /** every readable saved candidate */
  candidates: readonly Candidate[];
  /** the recruiter's answers about GitHub–LinkedIn pairs (from "Is this their GitHub?" and "Not the same person") */
  answers: PairAnswers;
  /** merges the two; resolves with what Undo puts back */
  onMerge: (suggestion: MergeSuggestion, keep: KeepName) => Promise<MergeUndo>;
  onUndo: (undo: MergeUndo) => Promise<void>;
  /** remembers that the two are not one person */
  onDismiss: (suggestion: MergeSuggestion) => Promise<void>;
  /** how long Undo is offered, in ms */
  undoMs?: number;
}

function siteOf(c: Candidate): string {
  return c.githubLogin ? 'GitHub' : 'LinkedIn';
}

function reasonText(reason: MergeReason): string {
  if (reason === 'back-link') return tOr('mergeWhyBackLink', 'Each profile links to the other.');
  if (reason === 'recruiter') return tOr('mergeWhyRecruiter', 'You confirmed this GitHub is theirs.');
  return tOr('mergeWhySameName', 'One profile links to the other, under the same name.');
}

/** One suggestion: who the two are, why, whose name to keep, Merge or "Not the same person". */
function SuggestionNotice(props: { suggestion: MergeSuggestion; busy: boolean; onMerge: (keep: KeepName) => void; onDismiss: () => void }) {
  const { suggestion, busy } = props;
  const [keep, setKeep] = useState<KeepName>('first');
  const id = useId();
  const first = displayName(suggestion.first);
  const second = displayName(suggestion.second);
  const sameName = first === second;
  return (
    <div className="notice partial" role="group" aria-labelledby={`${id}-text`} data-testid="merge-suggestion" data-pair={suggestion.pair} data-reason={suggestion.reason}>
      <p id={`${id}-text`} className="cand-notice-text" dir="auto">
        {tOr('mergeSuggestion', 'These two look like one person: $1 ($2) and $3 ($4). Merge?', [first, siteOf(suggestion.first), second, siteOf(suggestion.second)])}
      </p>
      <p className="muted small">{reasonText(suggestion.reason)}</p>
      {sameName ? null : (
        <fieldset className="merge-keep">
          <legend className="small">{tOr('mergeKeepName', 'Keep the name')}</legend>
          {(['first', 'second'] as const).map((side) => (
            <label key={side} className="small" dir="auto">
              <input type="radio" name={`${id}-keep`} data-testid={`merge-keep-${side}`} checked={keep === side} onChange={() => setKeep(side)} />{' '}
              {side === 'first' ? first : second}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" data-testid="merge-accept" disabled={busy} onClick={() => props.onMerge(keep)}>
        {tOr('mergeAccept', 'Merge')}
      </button>{' '}
      <button type="button" data-testid="merge-dismiss" disabled={busy} onClick={props.onDismiss}>
        {tOr('mergeDismiss', 'Not the same person')}
      </button>
    </div>
  );
}

/**
 * Above the candidate list: a notice for each pair of saved records that look
 * like one person (lib/candidates/merge-suggestions.ts says when), with Merge
 * and "Not the same person"; after a merge, "Merged · Undo" for a few seconds.
 */
export function MergeSuggestions(props: MergeSuggestionsProps) {
  const { candidates, answers, onMerge, onUndo, onDismiss } = props;
  const undoMs = props.undoMs ?? UNDO_MS;
  const suggestions = useMemo(() => suggestMerges(candidates, answers), [candidates, answers]);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<MergeUndo | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), undoMs);
    return () => clearTimeout(timer);
  }, [undo, undoMs]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      await action();
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  if (suggestions.length === 0 && !undo && !status) return null;
  return (
    <div className="cand-merges" data-testid="merge-suggestions">
      {suggestions.map((s) => (
        <SuggestionNotice
          key={s.pair}
          suggestion={s}
          busy={busy}
          onMerge={(keep) => void run(async () => setUndo(await onMerge(s, keep)))}
          onDismiss={() => void run(() => onDismiss(s))}
        />
      ))}
      {undo ? (
        <p className="confirm small" role="status" data-testid="merge-done">
          {tOr('mergeDone', 'Merged')} ·{' '}
          <button
            type="button"
            className="link-button"
            data-testid="merge-undo"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await onUndo(undo);
                setUndo(null);
                setStatus({ kind: 'ok', text: tOr('mergeUndone', 'Merge undone: both records are back as they were.') });
              })
            }
          >
            {tOr('undo', 'Undo')}
          </button>
        </p>
      ) : null}
      <StatusLine status={status} testId="merge-status" okClassName="muted small" errorClassName="notice error small" />
    </div>
  );
}
