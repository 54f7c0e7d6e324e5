import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CandidatesView } from '@/components/candidates/CandidatesView';
import { MergeSuggestions } from '@/components/candidates/MergeSuggestions';
import { planMerge, planUndo } from '@/lib/candidates/merge-suggestions';
import { answerClaim, linkConfirmationsItem, readConfirmations } from '@/lib/evaluation/link-confirmations-store';
import { NO_CONFIRMATIONS, type Confirmations } from '@/lib/evaluation/identity-claim';
import {
  transformAllCandidates,
  deleteCandidate,
  eraseAllPersonalData,
  exportBackup,
  listCandidates,
  updateCandidateIfUnchanged,
  backupFileName,
  bulkPut,
  type Candidate,
  type SkippedRecord,
} from '@/lib/candidates';
import { rescoreCandidates } from '@/lib/evaluation/rescore';
import { candidatesToExport, exportFileName } from '@/lib/candidates/ats-export';
import { readUserMatrices } from '@/lib/matrix/matrix-store';
import type { Matrix } from '@/lib/matrix';
import { readSettings } from '@/lib/settings/settings-store';
import { downloadText } from './download';
import { send } from '@/lib/messaging-client';
import { EditConflictError } from '@/lib/candidates/edit-conflict-error';
import { revisionOf } from '@/lib/candidates/schema';
import { prepareBackupImport, applyBackupImport } from '@/lib/candidates/backup-import';
import { noticeSummary } from '@/lib/candidates/retention';
import { watchRetentionNotice } from '@/lib/candidates/retention-store';
import type { RetentionNotice as RetentionNoticeValue } from '@/lib/candidates/retention';
import { RetentionNotice } from '@/components/trust/RetentionNotice';
import './candidates.css';

/** The saved candidates, reloaded when shown and after every change (this view loads on demand, with its own styles). */
export function useCandidates(): { candidates: Candidate[]; skipped: SkippedRecord[]; error: string | null; reload: () => void } {
  const [state, setState] = useState<{ candidates: Candidate[]; skipped: SkippedRecord[]; error: string | null }>({ candidates: [], skipped: [], error: null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    listCandidates()
      .then((list) => !cancelled && setState({ candidates: list.candidates, skipped: list.skipped, error: null }))
      .catch((e: unknown) => !cancelled && setState((s) => ({ ...s, error: e instanceof Error ? e.message : 'The candidate list could not be read' })));
    return () => {
      cancelled = true;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}

/** The recruiter's answers about GitHub–LinkedIn pairs, kept current. */
function usePairAnswers(): Confirmations {
  const [answers, setAnswers] = useState<Confirmations>(NO_CONFIRMATIONS);
  useEffect(() => {
    const refresh = () => void readConfirmations().then(setAnswers, () => setAnswers(NO_CONFIRMATIONS));
    refresh();
    return linkConfirmationsItem.watch(refresh);
  }, []);
  return answers;
}

export function CandidatesScreen({ matrices, activeId }: { matrices: Matrix[]; activeId: string }) {
  const { candidates, skipped, error, reload } = useCandidates();
  const answers = usePairAnswers();
  const [retention, setRetention] = useState<RetentionNoticeValue | null>(null);
  useEffect(() => watchRetentionNotice(setRetention), []);
  const roleNames = new Map(matrices.map((m) => [m.id, m.name]));
  return (
    <>
      {error ? <p className="notice error" role="alert">{error}</p> : null}
      <RetentionNotice summary={noticeSummary(retention)} onKeepAll={async () => {
          const reply = await send('retention:keep', {});
          if (!reply.ok) throw new Error(reply.error);
          return reply.data.kept;
        }} />
      <CandidatesView
        candidates={candidates}
        skipped={skipped}
        matrices={matrices}
        activeMatrixId={activeId}
        mergeSlot={
          <MergeSuggestions
            candidates={candidates}
            answers={answers}
            onMerge={async (suggestion, keep) => {
              // one transaction: both records are read, checked unchanged, merged and the second removed
              const undo = await transformAllCandidates('merge two candidates', (current) => planMerge(current, suggestion, keep, new Date().toISOString()));
              reload();
              return undo;
            }}
            onUndo={async (undo) => {
              await transformAllCandidates('undo the merge', (current) => planUndo(current, undo));
              reload();
            }}
            // "Not the same person" is the recruiter's "No" to the pair: remembered with their other answers
            onDismiss={(suggestion) => answerClaim(suggestion.login, suggestion.slug, false)}
          />
        }
        onOpenProfile={(url) => void browser.tabs.create({ url })}
        onUpdate={async (id, patch, revision) => {
          // a save compares the revision this panel showed: another panel's edit is never overwritten silently
          const shown = candidates.find((c) => c.id === id);
          const result = await updateCandidateIfUnchanged(id, patch, revision ?? (shown ? revisionOf(shown) : 0));
          reload();
          if (!result.ok) throw new EditConflictError(result.current);
        }}
        onDelete={async (id) => {
          // the record and every trace of the person: cached answers, session readings, bulk items
          const reply = await send('candidate:erase', { id });
          if (!reply.ok) await deleteCandidate(id);
          reload();
        }}
        onRestore={async (records) => {
          await bulkPut(records);
          reload();
        }}
        onEraseAll={async () => {
          // candidates, cached API answers about people, the bulk queue and this session's page readings
          const reply = await send('data:erase-all', {});
          if (!reply.ok) {
            await eraseAllPersonalData();
            await storage.clear('session');
          }
          reload();
        }}
        onExportCsv={(visible, format = 'csv') =>
          downloadText(exportFileName(format, new Date()), candidatesToExport(format, visible, { roleNames, matrices }), 'text/csv;charset=utf-8')
        }
        onExportBackup={() => {
          void Promise.all([readUserMatrices(), readSettings()]).then(([own, settings]) => {
            downloadText(backupFileName(new Date()), exportBackup({ candidates, matrices: own, settings }), 'application/json');
          });
        }}
        onPrepareImport={async (text) => {
          // size and count caps, dates clamped to the export time and now, roles already present not added again;
          // nothing is written until the recruiter confirms the preview
          const prepared = await prepareBackupImport(text);
          if (!prepared.ok) return { ok: false, error: prepared.error };
          return {
            ok: true,
            preview: prepared.prepared.preview,
            confirm: async () => {
              const outcome = await applyBackupImport(prepared.prepared);
              reload();
              return { ok: true, merged: outcome.merged, added: outcome.added, unchanged: outcome.unchanged, conflicts: outcome.conflicts };
            },
          };
        }}
        onRescoreAll={async (matrixId) => {
          const matrix = matrices.find((m) => m.id === matrixId);
          if (!matrix) throw new Error(`No role "${matrixId}"`);
          const now = new Date();
          await transformAllCandidates('re-score the candidates', (existing) => ({ toWrite: rescoreCandidates(existing, matrix, now), value: null }));
          reload();
        }}
      />
    </>
  );
}
