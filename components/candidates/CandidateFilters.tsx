import { useId } from 'react';
import type { CandidateQuery, SortDirection, SortKey } from '@/lib/candidates/query';
import { Stage } from '@/lib/candidates/schema';
import { t } from '@/lib/i18n';
import { stageLabel } from './labels';

/** What the search box and filters hold; empty strings mean "any". */
export interface ListFilters {
  text: string;
  roleId: string;
  stage: Stage | '';
  tag: string;
  /** as typed; a number 0–100 filters */
  minScore: string;
  sort: SortKey;
  /** null: the sort's natural order (score and date: highest/newest first; name: A→Z) */
  direction: SortDirection | null;
}

export const NO_FILTERS: ListFilters = { text: '', roleId: '', stage: '', tag: '', minScore: '', sort: 'score', direction: null };

/** The query the search index understands. */
export function queryOf(f: ListFilters): CandidateQuery {
  const min = f.minScore.trim() === '' ? null : Number(f.minScore);
  return {
    text: f.text,
    roleId: f.roleId || null,
    stage: f.stage || null,
    tag: f.tag || null,
    minScore: min !== null && Number.isFinite(min) ? Math.min(100, Math.max(0, min)) : null,
    sort: f.sort,
    ...(f.direction ? { direction: f.direction } : {}),
  };
}

/** true when any filter or the search narrows the list. */
export function isFiltered(f: ListFilters): boolean {
  return f.text.trim() !== '' || f.roleId !== '' || f.stage !== '' || f.tag !== '' || queryOf(f).minScore !== null;
}

function naturalDirection(sort: SortKey): SortDirection {
  return sort === 'name' ? 'asc' : 'desc';
}

export interface CandidateFiltersProps {
  value: ListFilters;
  onChange: (next: ListFilters) => void;
  roles: readonly { id: string; name: string }[];
  tags: readonly string[];
}

const SORTS: readonly SortKey[] = ['score', 'saved', 'name'];

/** The search box, the role, stage, tag and minimum-score filters, and the sort. */
export function CandidateFilters({ value, onChange, roles, tags }: CandidateFiltersProps) {
  const id = useId();
  const set = <K extends keyof ListFilters>(key: K, v: ListFilters[K]) => onChange({ ...value, [key]: v });
  const direction = value.direction ?? naturalDirection(value.sort);
  return (
    <div className="cand-filters" role="search" aria-label={t('candidatesSearchRegion')}>
      <input
        type="search"
        className="cand-search"
        data-testid="candidate-search"
        aria-label={t('candidatesSearchLabel')}
        placeholder={t('candidatesSearchPlaceholder')}
        value={value.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <div className="cand-filter-grid">
        <label className="cand-field" htmlFor={`${id}-role`}>
          <span className="cand-field-label">{t('candidatesFilterRole')}</span>
          <select id={`${id}-role`} data-testid="filter-role" value={value.roleId} onChange={(e) => set('roleId', e.target.value)}>
            <option value="">{t('candidatesAnyRole')}</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="cand-field" htmlFor={`${id}-stage`}>
          <span className="cand-field-label">{t('candidatesFilterStage')}</span>
          <select
            id={`${id}-stage`}
            data-testid="filter-stage"
            value={value.stage}
            onChange={(e) => {
              const parsed = Stage.safeParse(e.target.value);
              set('stage', parsed.success ? parsed.data : '');
            }}
          >
            <option value="">{t('candidatesAnyStage')}</option>
            {Stage.options.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="cand-field" htmlFor={`${id}-tag`}>
          <span className="cand-field-label">{t('candidatesFilterTag')}</span>
          <select id={`${id}-tag`} data-testid="filter-tag" value={value.tag} onChange={(e) => set('tag', e.target.value)}>
            <option value="">{t('candidatesAnyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="cand-field" htmlFor={`${id}-min`}>
          <span className="cand-field-label">{t('candidatesFilterMinScore')}</span>
          <input
            id={`${id}-min`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={5}
            data-testid="filter-min-score"
            value={value.minScore}
            onChange={(e) => set('minScore', e.target.value)}
          />
        </label>
        <label className="cand-field" htmlFor={`${id}-sort`}>
          <span className="cand-field-label">{t('candidatesSortBy')}</span>
          <select
            id={`${id}-sort`}
            data-testid="sort-by"
            value={value.sort}
            onChange={(e) => {
              const sort = SORTS.find((s) => s === e.target.value) ?? 'score';
              onChange({ ...value, sort, direction: null });
            }}
          >
            <option value="score">{t('candidatesSortScore')}</option>
            <option value="saved">{t('candidatesSortSaved')}</option>
            <option value="name">{t('candidatesSortName')}</option>
          </select>
        </label>
        <button
          type="button"
          className="cand-direction"
          data-testid="sort-direction"
          data-direction={direction}
          aria-label={direction === 'asc' ? t('candidatesSortAscending') : t('candidatesSortDescending')}
          title={direction === 'asc' ? t('candidatesSortAscending') : t('candidatesSortDescending')}
          onClick={() => set('direction', direction === 'asc' ? 'desc' : 'asc')}
        >
          <span aria-hidden="true">{direction === 'asc' ? '↑' : '↓'}</span>
        </button>
      </div>
    </div>
  );
}
