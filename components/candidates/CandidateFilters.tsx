import { useId } from 'react';
import type { CandidateQuery, SortDirection, SortKey } from '@/lib/candidates/query';
import type { Stage } from '@/lib/candidates/schema';
import { t, tOr } from '@/lib/i18n';
import { RoleSelect, StageSelect } from '@/components/Selects';

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

/** How many of the folded filters (role, stage, tag, minimum score) narrow the list. */
export function activeFilterCount(f: ListFilters): number {
  return [f.roleId !== '', f.stage !== '', f.tag !== '', queryOf(f).minScore !== null].filter(Boolean).length;
}

/**
 * The search box and the sort on one line; the role, stage, tag and
 * minimum-score filters folded under "Filters" (with how many are on), so the
 * list starts near the top of the view.
 */
export function CandidateFilters({ value, onChange, roles, tags }: CandidateFiltersProps) {
  const id = useId();
  const set = <K extends keyof ListFilters>(key: K, v: ListFilters[K]) => onChange({ ...value, [key]: v });
  const direction = value.direction ?? naturalDirection(value.sort);
  const on = activeFilterCount(value);
  return (
    <div className="cand-filters" role="search" aria-label={t('candidatesSearchRegion')}>
      <div className="cand-search-row">
        <input
          type="search"
          className="cand-search"
          data-testid="candidate-search"
          aria-label={t('candidatesSearchLabel')}
          placeholder={t('candidatesSearchPlaceholder')}
          value={value.text}
          onChange={(e) => set('text', e.target.value)}
        />
        <select
          id={`${id}-sort`}
          data-testid="sort-by"
          aria-label={t('candidatesSortBy')}
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
      <details className="cand-more-filters" data-testid="filters-toggle" data-active={on}>
        <summary>
          {tOr('candidatesFilters', 'Filters')}
          {on > 0 ? ` (${on})` : ''}
        </summary>
        <div className="cand-filter-grid">
          <label className="cand-field" htmlFor={`${id}-role`}>
            <span className="cand-field-label">{t('candidatesFilterRole')}</span>
            <RoleSelect id={`${id}-role`} testId="filter-role" anyLabel={t('candidatesAnyRole')} roles={roles} value={value.roleId} onChange={(v) => set('roleId', v)} />
          </label>
          <label className="cand-field" htmlFor={`${id}-stage`}>
            <span className="cand-field-label">{t('candidatesFilterStage')}</span>
            <StageSelect id={`${id}-stage`} testId="filter-stage" anyLabel={t('candidatesAnyStage')} value={value.stage} onChange={(v: Stage | '') => set('stage', v)} />
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
        </div>
      </details>
    </div>
  );
}
