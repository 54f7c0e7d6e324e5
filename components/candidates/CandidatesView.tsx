import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SkippedRecord } from '@/lib/candidates/candidate-store';
import { displayName, roleNameOf } from '@/lib/candidates/display';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, isExportFormat, type ExportFormat } from '@/lib/candidates/ats-export';
import { buildSearchIndex, listRoles, listTags, queryCandidates } from '@/lib/candidates/query';
import type { Candidate, CandidatePatch, Stage } from '@/lib/candidates/schema';
import { parseTags } from '@/lib/candidates/tags';
import { errorText } from '@/lib/error-text';
import type { Matrix } from '@/lib/matrix/schema';
import { t, tOr } from '@/lib/i18n';
import { StatusLine, type Status } from '@/components/StatusLine';
import { BackupControls, type BackupImportPrepared } from './BackupControls';
import { BatchBar } from './BatchBar';
import { canCompare as comparable } from '@/lib/evaluation/compare-bounds';
import { CandidateFilters, NO_FILTERS, isFiltered, queryOf, type ListFilters } from './CandidateFilters';
import { CandidateList } from './CandidateList';
import { EraseAll } from './EraseAll';
import { RescoreControl } from './RescoreControl';
import { SkippedNotice } from './SkippedNotice';
import { stageLabel } from './labels';

// the comparison (and the re-scoring it does) loads when first opened
const ComparePanel = lazy(() => import('./ComparePanel').then((m) => ({ default: m.ComparePanel })));

export type { BackupImportOutcome, BackupImportPrepared } from './BackupControls';

export interface CandidatesViewProps {
  /** every readable saved candidate */
  candidates: readonly Candidate[];
  /** stored records that could not be read (listCandidates' `skipped`) */
  skipped: readonly SkippedRecord[];
  /** every matrix (presets and the recruiter's own), for role names, re-scoring and comparing */
  matrices: readonly Matrix[];
  /** the matrix the re-score and compare pickers start on (the active role) */
  activeMatrixId?: string;
  /** open a GitHub or LinkedIn profile (always an http(s) URL) */
  onOpenProfile: (url: string) => void;
  /** rejects with EditConflictError when another panel changed the candidate since `revision` (default: the one shown) */
  onUpdate: (id: string, patch: CandidatePatch, revision?: number) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  /** puts deleted records back as they were (the undo of a batch delete); no Undo is offered without it */
  onRestore?: (candidates: readonly Candidate[]) => Promise<void>;
  onEraseAll: () => Promise<void>;
  /** the candidates to export, in the list's order (all, the ones shown, or the ones selected), in the chosen format (none: plain CSV) */
  onExportCsv: (visible: readonly Candidate[], format?: ExportFormat) => void;
  onExportBackup: () => void;
  /** checks a backup file and says what it would change, writing nothing; the reply's confirm() writes */
  onPrepareImport: (text: string) => Promise<BackupImportPrepared>;
  /** re-score every saved candidate against this matrix from cached evidence */
  onRescoreAll: (matrixId: string) => Promise<void>;
  /** a fixed height of the list's viewport in px; the window's otherwise */
  viewportHeight?: number;
  /** the clock, for re-scores in the comparison */
  now?: () => Date;
  /** notices above the list: saved records that look like one person, offered to merge (MergeSuggestions) */
  mergeSlot?: ReactNode;
}

const systemNow = () => new Date();

/** What the last batch action did, and what Undo puts back. */
interface Outcome {
  status: Status;
  deleted?: readonly Candidate[];
}

/**
 * The Candidates view: the list first, at the top, one full-height list (the
 * page scrolls, nothing scrolls inside it); search, sort and the folded
 * filters above it; select rows for batch actions (stage, tag, compare,
 * export, delete with undo); re-score, backup and erase below it.
 */
export function CandidatesView(props: CandidatesViewProps) {
  const { candidates, skipped, matrices, onUpdate, onDelete } = props;
  const now = props.now ?? systemNow;
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [compareMatrixId, setCompareMatrixId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const dataHeading = useRef<HTMLHeadingElement>(null);

  const index = useMemo(() => buildSearchIndex(candidates), [candidates]);
  const query = useMemo(() => queryOf(filters), [filters]);
  const visible = useMemo(() => queryCandidates(index, query), [index, query]);
  const byId = useMemo(() => new Map(candidates.map((c) => [c.id, c])), [candidates]);
  const matrixNames = useMemo(() => new Map(matrices.map((m) => [m.id, m.name])), [matrices]);
  const tags = useMemo(() => listTags(candidates), [candidates]);
  const roles = useMemo(() => {
    const out = matrices.map((m) => ({ id: m.id, name: m.name }));
    for (const r of listRoles(candidates)) if (!matrixNames.has(r.id)) out.push(r);
    return out;
  }, [candidates, matrices, matrixNames]);
  const matrixRoles = useMemo(() => matrices.map((m) => ({ id: m.id, name: m.name })), [matrices]);
  const roleName = useCallback((c: Candidate) => roleNameOf(c, matrixNames), [matrixNames]);
  const nameOf = useCallback(
    (id: string) => {
      const c = byId.get(id);
      return c ? displayName(c) : id;
    },
    [byId],
  );

  const selected = useMemo(() => selectedIds.map((id) => byId.get(id)).filter((c): c is Candidate => c !== undefined), [selectedIds, byId]);
  const selectedSet = useMemo(() => new Set(selected.map((c) => c.id)), [selected]);
  const filtered = isFiltered(filters);
  const activeMatrixId = props.activeMatrixId && matrixNames.has(props.activeMatrixId) ? props.activeMatrixId : (matrices[0]?.id ?? '');
  const firstSelected = selected[0];
  const defaultCompareMatrix = firstSelected && matrixNames.has(firstSelected.roleId) ? firstSelected.roleId : activeMatrixId;
  const canCompare = comparable(selected.length);
  const showCompare = comparing && canCompare;
  const allShownSelected = visible.length > 0 && visible.every((c) => selectedSet.has(c.id));
  const exportList = (list: readonly Candidate[]) => (format === 'csv' ? props.onExportCsv(list) : props.onExportCsv(list, format));

  const toggleSelect = useCallback((id: string) => {
    setSelectedIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  }, []);
  const toggleExpand = useCallback((id: string) => setExpandedId((cur) => (cur === id ? null : id)), []);
  const remove = useCallback(
    async (id: string) => {
      await onDelete(id);
      setExpandedId((cur) => (cur === id ? null : cur));
      setSelectedIds((ids) => ids.filter((x) => x !== id));
    },
    [onDelete],
  );

  /** Runs one change per candidate, in order; says how it went where the recruiter is looking. */
  const batch = async (targets: readonly Candidate[], change: (c: Candidate) => Promise<void>, done: (n: number) => string, deleted = false) => {
    setBusy(true);
    let changed = 0;
    try {
      for (const c of targets) {
        await change(c);
        changed++;
      }
      setOutcome({ status: { kind: 'ok', text: done(changed) }, ...(deleted ? { deleted: targets.slice(0, changed) } : {}) });
    } catch (error) {
      setOutcome({ status: { kind: 'error', text: errorText(error) }, ...(deleted && changed > 0 ? { deleted: targets.slice(0, changed) } : {}) });
    } finally {
      setBusy(false);
    }
  };

  const setStageOf = useCallback(
    (id: string, stage: Stage) => {
      const c = byId.get(id);
      void onUpdate(id, { stage }).then(
        () => setOutcome({ status: { kind: 'ok', text: tOr('stageSetOne', '$1: $2', [c ? displayName(c) : id, stageLabel(stage)]) } }),
        (error: unknown) => setOutcome({ status: { kind: 'error', text: errorText(error) } }),
      );
    },
    [byId, onUpdate],
  );

  const undo = async (records: readonly Candidate[]) => {
    if (!props.onRestore) return;
    setBusy(true);
    try {
      await props.onRestore(records);
      setOutcome({ status: { kind: 'ok', text: tOr('undoneDelete', 'Restored $1.', String(records.length)) } });
    } catch (error) {
      setOutcome({ status: { kind: 'error', text: errorText(error) } });
    } finally {
      setBusy(false);
    }
  };

  const eraseAll = async () => {
    await props.onEraseAll();
    setExpandedId(null);
    setSelectedIds([]);
    setComparing(false);
    setOutcome(null);
  };

  return (
    <section className="cand-view" data-testid="candidates-view" aria-labelledby="cand-title">
      <div className="cand-head">
        <h1 id="cand-title" className="cand-title">
          {t('candidatesTitle')}
        </h1>
        <button
          type="button"
          className="link-button small"
          data-testid="jump-to-data"
          onClick={() => {
            dataHeading.current?.scrollIntoView({ block: 'start' });
            dataHeading.current?.focus();
          }}
        >
          {tOr('candidatesJumpToData', 'Backup, re-score, erase ↓')}
        </button>
      </div>
      <SkippedNotice skipped={skipped} />
      {props.mergeSlot}

      <CandidateFilters value={filters} onChange={setFilters} roles={roles} tags={tags} />

      <div className="cand-toolbar cand-actions">
        <label className="cand-select-all">
          <input
            type="checkbox"
            data-testid="select-all"
            checked={allShownSelected}
            disabled={visible.length === 0}
            aria-label={tOr('candidatesSelectAll', 'Select all shown')}
            onChange={() => setSelectedIds(allShownSelected ? [] : visible.map((c) => c.id))}
          />
        </label>
        <p className="muted small cand-count" data-testid="candidates-count" data-shown={visible.length} data-total={candidates.length} aria-live="polite">
          {t('candidatesShown', [String(visible.length), String(candidates.length)])}
        </p>
        <button
          type="button"
          data-testid="export-csv"
          data-scope={filtered ? 'shown' : 'all'}
          data-count={visible.length}
          data-format={format}
          disabled={visible.length === 0}
          onClick={() => exportList(visible)}
        >
          {filtered ? t('candidatesExportCsvShown', String(visible.length)) : t('candidatesExportCsvAll', String(visible.length))}
        </button>
        <select
          data-testid="export-format"
          aria-label={tOr('exportFormatLabel', 'Export format')}
          value={format}
          onChange={(e) => isExportFormat(e.target.value) && setFormat(e.target.value)}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {EXPORT_FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <button type="button" data-testid="compare-open" data-count={selected.length} disabled={!canCompare} aria-pressed={showCompare} onClick={() => setComparing(true)}>
          {t('candidatesCompare', String(selected.length))}
        </button>
      </div>

      {selected.length > 0 ? (
        <BatchBar
          count={selected.length}
          busy={busy}
          onSetStage={(stage) =>
            void batch(
              selected,
              (c) => onUpdate(c.id, { stage }),
              (n) => tOr('batchStageDone', 'Stage set to $1 for $2.', [stageLabel(stage), String(n)]),
            )
          }
          onAddTag={(tag) =>
            void batch(
              selected,
              (c) => (c.tags.some((x) => x.toLowerCase() === tag.toLowerCase()) ? Promise.resolve() : onUpdate(c.id, { tags: parseTags([...c.tags, tag].join(',')) })),
              (n) => tOr('batchTagDone', 'Tag “$1” added to $2.', [tag, String(n)]),
            )
          }
          onExport={() => exportList(visible.filter((c) => selectedSet.has(c.id)).concat(selected.filter((c) => !visible.includes(c))))}
          onDelete={() => {
            const targets = selected;
            setSelectedIds([]);
            setComparing(false);
            void batch(
              targets,
              (c) => remove(c.id),
              (n) => tOr('batchDeleteDone', 'Deleted $1.', String(n)),
              true,
            );
          }}
          onClear={() => {
            setSelectedIds([]);
            setComparing(false);
          }}
        />
      ) : null}
      {outcome ? (
        <div className="cand-outcome" data-testid="batch-outcome">
          <StatusLine status={outcome.status} testId="batch-status" okClassName="confirm small" errorClassName="notice error small" />
          {outcome.deleted && outcome.deleted.length > 0 && props.onRestore ? (
            <button type="button" data-testid="batch-undo" disabled={busy} onClick={() => void undo(outcome.deleted ?? [])}>
              {tOr('undo', 'Undo')}
            </button>
          ) : null}
        </div>
      ) : null}

      {showCompare ? (
        <Suspense fallback={<p className="muted">{tOr('viewLoading', 'Loading…')}</p>}>
          <ComparePanel
            candidates={selected}
            matrices={matrices}
            matrixId={compareMatrixId && matrixNames.has(compareMatrixId) ? compareMatrixId : defaultCompareMatrix}
            onMatrixChange={setCompareMatrixId}
            onClose={() => setComparing(false)}
            now={now}
          />
        </Suspense>
      ) : null}

      {candidates.length === 0 ? (
        <p className="cand-empty" data-testid="candidates-empty">
          {t('candidatesEmpty')}
        </p>
      ) : visible.length === 0 ? (
        <p className="cand-empty" data-testid="candidates-no-match">
          {t('candidatesNoMatch')}{' '}
          <button type="button" data-testid="filters-clear" onClick={() => setFilters(NO_FILTERS)}>
            {t('candidatesClearFilters')}
          </button>
        </p>
      ) : (
        <CandidateList
          candidates={visible}
          roleName={roleName}
          roles={matrixRoles}
          expandedId={expandedId}
          onToggleExpand={toggleExpand}
          selected={selectedSet}
          onToggleSelect={toggleSelect}
          onOpenProfile={props.onOpenProfile}
          onUpdate={onUpdate}
          onStageChange={setStageOf}
          onDelete={remove}
          resetKey={JSON.stringify(query)}
          {...(props.viewportHeight !== undefined ? { viewportHeight: props.viewportHeight } : {})}
        />
      )}

      <section className="cand-data" aria-labelledby="cand-data-title">
        <h2 id="cand-data-title" ref={dataHeading} tabIndex={-1}>
          {t('candidatesDataHeading')}
        </h2>
        <RescoreControl matrices={matrixRoles} defaultMatrixId={activeMatrixId} count={candidates.length} onRescoreAll={props.onRescoreAll} />
        <BackupControls onExportBackup={props.onExportBackup} onPrepareImport={props.onPrepareImport} nameOf={nameOf} />
      </section>
      <EraseAll count={candidates.length + skipped.length} onEraseAll={eraseAll} />
    </section>
  );
}
