import type { ReactNode } from 'react';
import { isPending, scoreText, snapshotVerdict } from '@/lib/candidates/verdict';
import { Stage, type Candidate } from '@/lib/candidates/schema';
import { displayName, handleOf } from '@/lib/candidates/display';
import { t, tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';
import { toneClass, verdictTone } from '@/lib/summary/score-tone';
import { bandLabel, dayOf, stageLabel, verdictShort } from './labels';

export interface CandidateRowProps {
  candidate: Candidate;
  roleName: string;
  /** position and size inside the virtual list */
  top: number;
  height: number;
  /** 0-based position in the list, and its length, for assistive technology and the keyboard */
  index: number;
  total: number;
  /** the row the keyboard is on: the one in the tab order */
  active: boolean;
  expanded: boolean;
  editorId: string;
  onToggleExpand: (id: string) => void;
  selected: boolean;
  onToggleSelect: (id: string) => void;
  onOpenProfile: (url: string) => void;
  onStageChange: (id: string, stage: Stage) => void;
  onFocusRow: (index: number) => void;
  /** the editor, shown when expanded */
  children?: ReactNode;
}

function ProfileLink({ url, label, title, testId, onOpen, tabIndex }: { url: string | null; label: string; title: string; testId: string; onOpen: (url: string) => void; tabIndex: number }) {
  return (
    <ExternalLink
      href={url}
      data-testid={testId}
      aria-label={title}
      title={title}
      className="cand-link"
      tabIndex={tabIndex}
      onClick={(e) => {
        // plain clicks go through the panel (it opens a tab); modified clicks keep the browser's behaviour
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        // the link's own href: the URL ExternalLink found safe
        onOpen(e.currentTarget.href);
      }}
    >
      {label}
    </ExternalLink>
  );
}

/** What was read before the candidate was saved: a quick read (repository list), a deep one (files), or LinkedIn only. */
function depthOf(c: Candidate): 'quick' | 'deep' | 'linkedin' | null {
  const examined = c.snapshot.examined;
  if (!examined) return null;
  if (examined.github === 'none') return examined.linkedin ? 'linkedin' : null;
  return examined.github;
}

const DEPTH_TEXT = {
  quick: ['depthQuick', 'quick', 'Quick read: the repository list only'],
  deep: ['depthDeep', 'deep', 'Deep read: files and manifests too'],
  linkedin: ['depthLinkedin', 'LinkedIn', 'LinkedIn only: no repositories read'],
} as const;

/**
 * One saved candidate, compact: score and label, name, the stage changed in
 * place, the missing must-haves named, how deeply they were read, and the
 * profile links and editor. Pending shows as pending, never as a number.
 */
export function CandidateRow(p: CandidateRowProps) {
  const c = p.candidate;
  const name = displayName(c);
  const pending = isPending(c.snapshot);
  const verdict = snapshotVerdict(c.snapshot);
  const depth = depthOf(c);
  const missing = c.snapshot.mustMissing;
  // only the keyboard's row is in the tab order, with its controls; the others are reached with ↑/↓
  const tab = p.active ? 0 : -1;
  return (
    <li
      className={`cand-row${p.expanded ? ' expanded' : ''}${p.selected ? ' selected' : ''}`}
      data-testid="candidate-row"
      data-id={c.id}
      data-index={p.index}
      data-score={pending ? undefined : c.snapshot.overall}
      data-verdict={verdict}
      data-stage={c.stage}
      data-depth={depth ?? undefined}
      aria-posinset={p.index + 1}
      aria-setsize={p.total}
      aria-label={`${name}, ${verdictShort(verdict)}${pending ? '' : ` ${c.snapshot.overall}`}`}
      tabIndex={p.active ? 0 : -1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) p.onFocusRow(p.index);
      }}
      style={{ top: p.top, height: p.height }}
    >
      <div className="cand-row-main">
        <label className="cand-select" title={t('candidatesCompareSelect')}>
          <input
            type="checkbox"
            data-testid="compare-select"
            checked={p.selected}
            tabIndex={tab}
            aria-label={`${tOr('candidatesSelect', 'Select')}: ${name}`}
            onChange={() => p.onToggleSelect(c.id)}
          />
        </label>
        <div className={`cand-score ${toneClass(verdictTone(verdict))}`} data-testid="candidate-score" data-band={c.snapshot.band}>
          <span className="cand-score-num" aria-label={`${t('scoreHeading')}: ${scoreText(c.snapshot)}`}>
            {pending ? tOr('scorePending', 'pending') : c.snapshot.overall}
          </span>
        </div>
        <div className="cand-body">
          <div className="cand-line1">
            <span className="cand-line">
              <span className="cand-name" data-testid="candidate-name" dir="auto">
                {name}
              </span>
              <span className="cand-handle" data-testid="candidate-handle" dir="auto">
                {handleOf(c)}
              </span>
            </span>
            <select
              className="cand-stage"
              data-testid="candidate-stage"
              aria-label={`${t('stageLabel')}: ${name}`}
              tabIndex={tab}
              value={c.stage}
              onChange={(e) => {
                const stage = Stage.safeParse(e.target.value);
                if (stage.success) p.onStageChange(c.id, stage.data);
              }}
            >
              {Stage.options.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="cand-line2">
            <span className="cand-meta">
              <span className={`cand-verdict ${toneClass(verdictTone(verdict))}`} data-testid="candidate-verdict">
                {verdictShort(verdict)}
              </span>{' '}
              {depth ? (
                <>
                  <span className={`cand-depth depth-${depth}`} data-testid="candidate-depth" data-depth={depth} title={tOr(`${DEPTH_TEXT[depth][0]}Title`, DEPTH_TEXT[depth][2])}>
                    {tOr(DEPTH_TEXT[depth][0], DEPTH_TEXT[depth][1])}
                  </span>{' '}
                </>
              ) : null}
              {missing.length > 0 ? (
                <span className="cand-missing" data-testid="candidate-missing">
                  {tOr('candidatesMissing', 'Missing: $1', missing.join(', '))}
                </span>
              ) : (
                <span className="cand-missing none">{bandLabel(c.snapshot.band)}</span>
              )}
              <span aria-hidden="true"> · </span>
              <span data-testid="candidate-role" dir="auto">
                {p.roleName}
              </span>
              <span aria-hidden="true"> · </span>
              <time dateTime={c.updatedAt} data-testid="candidate-saved" title={t('candidatesSavedTitle')}>
                {dayOf(c.updatedAt)}
              </time>
              {c.tags.length > 0 ? <span aria-hidden="true"> · </span> : null}
              {c.tags.map((tag) => (
                <span key={tag} className="cand-tag" data-testid="candidate-tag" dir="auto">
                  {tag}
                </span>
              ))}
            </span>
            <span className="cand-actions">
              <ProfileLink url={c.githubUrl} label="GitHub" title={`${t('openGithub')}: ${name}`} testId="open-github" onOpen={p.onOpenProfile} tabIndex={tab} />
              <ProfileLink url={c.linkedinUrl} label="LinkedIn" title={`${t('openLinkedin')}: ${name}`} testId="open-linkedin" onOpen={p.onOpenProfile} tabIndex={tab} />
              <button
                type="button"
                className="cand-edit-toggle"
                data-testid="candidate-edit"
                tabIndex={tab}
                aria-expanded={p.expanded}
                aria-controls={p.expanded ? p.editorId : undefined}
                aria-label={`${p.expanded ? t('candidatesEditClose') : t('candidatesEdit')}: ${name}`}
                onClick={() => p.onToggleExpand(c.id)}
              >
                {p.expanded ? t('candidatesEditClose') : t('candidatesEdit')}
              </button>
            </span>
          </div>
        </div>
      </div>
      {p.expanded ? (
        <div id={p.editorId} className="cand-editor-wrap">
          {p.children}
        </div>
      ) : null}
    </li>
  );
}
