import type { ReactNode } from 'react';
import { isPending, scoreText, snapshotVerdict } from '@/lib/candidates/verdict';
import type { Candidate } from '@/lib/candidates/schema';
import { displayName, handleOf } from '@/lib/candidates/display';
import { t, tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';
import { bandLabel, dayOf, stageLabel } from './labels';

export interface CandidateRowProps {
  candidate: Candidate;
  roleName: string;
  /** position and size inside the virtual list */
  top: number;
  height: number;
  /** 1-based position and the list's length, for assistive technology */
  position: number;
  total: number;
  expanded: boolean;
  editorId: string;
  onToggleExpand: (id: string) => void;
  selected: boolean;
  /** true when four are already chosen for comparison and this one is not among them */
  selectDisabled: boolean;
  onToggleSelect: (id: string) => void;
  onOpenProfile: (url: string) => void;
  /** the editor, shown when expanded */
  children?: ReactNode;
}

function ProfileLink({ url, label, title, testId, onOpen }: { url: string | null; label: string; title: string; testId: string; onOpen: (url: string) => void }) {
  return (
    <ExternalLink
      href={url}
      data-testid={testId}
      aria-label={title}
      title={title}
      className="cand-link"
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

function scoreClass(overall: number): string {
  return overall >= 70 ? 'good' : overall >= 40 ? 'mid' : 'bad';
}

/** One saved candidate in the list: who, score and band, stage, role, date saved, tags, profile links, and its editor when expanded. */
export function CandidateRow(p: CandidateRowProps) {
  const c = p.candidate;
  const name = displayName(c);
  const pending = isPending(c.snapshot);
  const verdict = snapshotVerdict(c.snapshot);
  return (
    <li
      className={p.expanded ? 'cand-row expanded' : 'cand-row'}
      data-testid="candidate-row"
      data-id={c.id}
      data-score={pending ? undefined : c.snapshot.overall}
      data-verdict={verdict}
      data-stage={c.stage}
      aria-posinset={p.position}
      aria-setsize={p.total}
      style={{ top: p.top, height: p.height }}
    >
      <div className="cand-row-main">
        <input
          type="checkbox"
          className="cand-select"
          data-testid="compare-select"
          checked={p.selected}
          disabled={p.selectDisabled}
          aria-label={`${t('candidatesCompareSelect')}: ${name}`}
          onChange={() => p.onToggleSelect(c.id)}
        />
        <div className="cand-who">
          <span className="cand-name" data-testid="candidate-name" dir="auto">
            {name}
          </span>
          <span className="cand-meta">
            <span className="cand-handle" data-testid="candidate-handle" dir="auto">
              {handleOf(c)}
            </span>
            <span aria-hidden="true"> · </span>
            <span data-testid="candidate-stage">{stageLabel(c.stage)}</span>
            <span aria-hidden="true"> · </span>
            <span data-testid="candidate-role" dir="auto">
              {p.roleName}
            </span>
            <span aria-hidden="true"> · </span>
            <time dateTime={c.updatedAt} data-testid="candidate-saved" title={t('candidatesSavedTitle')}>
              {dayOf(c.updatedAt)}
            </time>
          </span>
        </div>
        <div className={`cand-score ${pending ? 'pending' : scoreClass(c.snapshot.overall)}`} data-testid="candidate-score" data-band={c.snapshot.band}>
          <span className="cand-score-num" aria-label={`${t('scoreHeading')}: ${scoreText(c.snapshot)}`}>
            {pending ? tOr('scorePending', 'pending') : c.snapshot.overall}
          </span>
          <span className="cand-verdict" data-testid="candidate-verdict">{tOr(`verdict_${verdict}`, verdict)}</span>
          <span className="cand-band">{bandLabel(c.snapshot.band)}</span>
        </div>
      </div>
      <div className="cand-row-foot">
        <ul className="cand-tags" aria-label={t('tagsLabel')}>
          {c.tags.map((tag) => (
            <li key={tag} className="chip" data-testid="candidate-tag" dir="auto">
              {tag}
            </li>
          ))}
        </ul>
        <ProfileLink url={c.githubUrl} label="GitHub" title={`${t('openGithub')}: ${name}`} testId="open-github" onOpen={p.onOpenProfile} />
        <ProfileLink url={c.linkedinUrl} label="LinkedIn" title={`${t('openLinkedin')}: ${name}`} testId="open-linkedin" onOpen={p.onOpenProfile} />
        <button
          type="button"
          className="cand-edit-toggle"
          data-testid="candidate-edit"
          aria-expanded={p.expanded}
          aria-controls={p.expanded ? p.editorId : undefined}
          aria-label={`${t('candidatesEdit')}: ${name}`}
          onClick={() => p.onToggleExpand(c.id)}
        >
          {p.expanded ? t('candidatesEditClose') : t('candidatesEdit')}
        </button>
      </div>
      {p.expanded ? (
        <div id={p.editorId} className="cand-editor-wrap">
          {p.children}
        </div>
      ) : null}
    </li>
  );
}
