import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CandidatesView } from '@/components/candidates/CandidatesView';
import {
  transformAllCandidates,
  deleteCandidate,
  eraseAllPersonalData,
  exportBackup,
  listCandidates,
  parseBackup,
  planImport,
  updateCandidate,
  backupFileName,
  bulkPut,
  type Candidate,
  type SkippedRecord,
} from '@/lib/candidates';
import { rescoreCandidates } from '@/lib/evaluation/rescore';
import { candidatesToExport, exportFileName } from '@/lib/candidates/ats-export';
import { importMatrices, readUserMatrices } from '@/lib/matrix/matrix-store';
import { parseMatrixImport, type Matrix } from '@/lib/matrix';
import { readSettings } from '@/lib/settings/settings-store';
import { downloadText } from './download';
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

export function CandidatesScreen({ matrices, activeId }: { matrices: Matrix[]; activeId: string }) {
  const { candidates, skipped, error, reload } = useCandidates();
  const roleNames = new Map(matrices.map((m) => [m.id, m.name]));
  return (
    <>
      {error ? <p className="notice error" role="alert">{error}</p> : null}
      <CandidatesView
        candidates={candidates}
        skipped={skipped}
        matrices={matrices}
        activeMatrixId={activeId}
        onOpenProfile={(url) => void browser.tabs.create({ url })}
        onUpdate={async (id, patch) => {
          await updateCandidate(id, patch);
          reload();
        }}
        onDelete={async (id) => {
          await deleteCandidate(id);
          reload();
        }}
        onRestore={async (records) => {
          await bulkPut(records);
          reload();
        }}
        onEraseAll={async () => {
          // candidates, cached API answers about people, and this session's page readings
          await eraseAllPersonalData();
          await storage.clear('session');
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
        onImportBackup={async (text) => {
          const parsed = parseBackup(text);
          if (!parsed.ok) return { ok: false, error: parsed.error };
          const importedMatrices = parsed.backup.matrices.length > 0 ? parseMatrixImport(JSON.stringify({ matrices: parsed.backup.matrices })) : null;
          if (importedMatrices && !importedMatrices.ok) return { ok: false, error: `matrices: ${importedMatrices.error}` };
          const plan = await transformAllCandidates('import the backup', (existing) => {
            const p = planImport(existing, parsed.backup.candidates);
            return { toWrite: p.toWrite, value: p };
          });
          if (importedMatrices?.ok) await importMatrices(importedMatrices.matrices);
          reload();
          return { ok: true, merged: plan.merged, added: plan.added, unchanged: plan.unchanged, conflicts: plan.conflicts };
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
