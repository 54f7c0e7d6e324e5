import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { SkippedRecord } from '@/lib/candidates/candidate-store';
import { COMPARE_MAX, canCompare } from '@/lib/evaluation/compare';
import { displayName, roleNameOf } from '@/lib/candidates/display';
import { buildSearchIndex, listRoles, listTags, queryCandidates } from '@/lib/candidates/query';
import type { Candidate, CandidatePatch } from '@/lib/candidates/schema';
import type { Matrix } from '@/lib/matrix/schema';
import { t } from '@/lib/i18n';
import { BackupControls, type BackupImportOutcome } from './BackupControls';
import { CandidateFilters, NO_FILTERS, isFiltered, queryOf, type ListFilters } from './CandidateFilters';
import { CandidateList } from './CandidateList';
import { ComparePanel } from './ComparePanel';
import { EraseAll } from './EraseAll';
import { RescoreControl } from './RescoreControl';
import { SkippedNotice } from './SkippedNotice';

export type { BackupImportOutcome } from './BackupControls';

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
  onUpdate: (id: string, patch: CandidatePatch) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onEraseAll: () => Promise<void>;
  /** the candidates the list shows, in its order: all of them when nothing is searched or filtered */
  onExportCsv: (visible: readonly Candidate[]) => void;
  onExportBackup: () => void;
  onImportBackup: (text: string) => Promise<BackupImportOutcome>;
  /** re-score every saved candidate against this matrix from cached evidence */
  onRescoreAll: (matrixId: string) => Promise<void>;
  /** the bulk evaluation form and progress, shown above the list */
  bulkSlot?: ReactNode;
  /** a fixed height of the list's viewport in px; measured otherwise */
  viewportHeight?: number;
  /** the clock, for re-scores in the comparison */
  now?: () => Date;
}

const systemNow = () => new Date();

/** The Candidates view: search, filter and sort the saved list; edit, delete, compare, re-score, export and import. */
export function CandidatesView(props: CandidatesViewProps) {
  const { candidates, skipped, matrices, onUpdate, onDelete } = props;
  const now = props.now ?? systemNow;
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [compareMatrixId, setCompareMatrixId] = useState<string | null>(null);

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
  const nameOf = useCallback((id: string) => {
    const c = byId.get(id);
    return c ? displayName(c) : id;
  }, [byId]);

  const selected = useMemo(() => selectedIds.map((id) => byId.get(id)).filter((c): c is Candidate => c !== undefined), [selectedIds, byId]);
  const selectedSet = useMemo(() => new Set(selected.map((c) => c.id)), [selected]);
  const filtered = isFiltered(filters);
  const activeMatrixId = props.activeMatrixId && matrixNames.has(props.activeMatrixId) ? props.activeMatrixId : (matrices[0]?.id ?? '');
  const firstSelected = selected[0];
  const defaultCompareMatrix = firstSelected && matrixNames.has(firstSelected.roleId) ? firstSelected.roleId : activeMatrixId;
  const showCompare = comparing && canCompare(selected.length);

  const toggleSelect = useCallback((id: string) => {
    setSelectedIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length >= COMPARE_MAX ? ids : [...ids, id]));
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
  const eraseAll = async () => {
    await props.onEraseAll();
    setExpandedId(null);
    setSelectedIds([]);
    setComparing(false);
  };

  return (
    <section className="cand-view" data-testid="candidates-view" aria-labelledby="cand-title">
      <h1 id="cand-title" className="cand-title">
        {t('candidatesTitle')}
      </h1>
      <SkippedNotice skipped={skipped} />
      {props.bulkSlot ? <div className="cand-bulk">{props.bulkSlot}</div> : null}

      <CandidateFilters value={filters} onChange={setFilters} roles={roles} tags={tags} />

      <div className="cand-toolbar cand-actions">
        <button
          type="button"
          data-testid="export-csv"
          data-scope={filtered ? 'shown' : 'all'}
          data-count={visible.length}
          disabled={visible.length === 0}
          onClick={() => props.onExportCsv(visible)}
        >
          {filtered ? t('candidatesExportCsvShown', String(visible.length)) : t('candidatesExportCsvAll', String(visible.length))}
        </button>
        <button
          type="button"
          data-testid="compare-open"
          data-count={selected.length}
          disabled={!canCompare(selected.length)}
          aria-pressed={showCompare}
          onClick={() => setComparing(true)}
        >
          {t('candidatesCompare', String(selected.length))}
        </button>
        {selected.length > 0 ? (
          <button
            type="button"
            data-testid="compare-clear"
            onClick={() => {
              setSelectedIds([]);
              setComparing(false);
            }}
          >
            {t('candidatesCompareClear')}
          </button>
        ) : null}
      </div>
      <p className="muted small cand-hint">{t('candidatesCompareHint')}</p>

      {showCompare ? (
        <ComparePanel
          candidates={selected}
          matrices={matrices}
          matrixId={compareMatrixId && matrixNames.has(compareMatrixId) ? compareMatrixId : defaultCompareMatrix}
          onMatrixChange={setCompareMatrixId}
          onClose={() => setComparing(false)}
          now={now}
        />
      ) : null}

      <p className="muted small cand-count" data-testid="candidates-count" data-shown={visible.length} data-total={candidates.length} aria-live="polite">
        {t('candidatesShown', [String(visible.length), String(candidates.length)])}
      </p>
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
          maxSelected={COMPARE_MAX}
          onToggleSelect={toggleSelect}
          onOpenProfile={props.onOpenProfile}
          onUpdate={onUpdate}
          onDelete={remove}
          resetKey={JSON.stringify(query)}
          {...(props.viewportHeight !== undefined ? { viewportHeight: props.viewportHeight } : {})}
        />
      )}

      <section className="cand-data" aria-labelledby="cand-data-title">
        <h2 id="cand-data-title">{t('candidatesDataHeading')}</h2>
        <RescoreControl matrices={matrixRoles} defaultMatrixId={activeMatrixId} count={candidates.length} onRescoreAll={props.onRescoreAll} />
        <BackupControls onExportBackup={props.onExportBackup} onImportBackup={props.onImportBackup} nameOf={nameOf} />
      </section>
      <EraseAll count={candidates.length + skipped.length} onEraseAll={eraseAll} />
    </section>
  );
}
