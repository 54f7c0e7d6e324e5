import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { REJECT_REASON_TEXT, TO_VISIT_REASON, parseLoginList, type ToVisit } from '@/lib/bulk/parse-login-list';
import { isActive, phaseOf, progressOf } from '@/lib/bulk/queue-machine';
import type { BulkItem, BulkItemStatus, BulkQueue } from '@/lib/bulk/queue-schema';
import { parseTags } from '@/lib/candidates/tags';
import { githubProfileUrl } from '@/lib/page/profile-urls';
import type { VerdictLabel } from '@/lib/schemas/enums';
import { errorText } from '@/lib/error-text';
import type { RequestOf } from '@/lib/messages';
import { tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';
import { RoleSelect } from '@/components/Selects';
import { isoOf, timeText } from '@/components/dates';
import { toneClass, verdictTone } from '@/lib/summary/score-tone';
import { verdictShort } from '@/components/candidates/labels';

/** What the panel asks the background to start (the `bulk:start` request; absent matrixId: the active role). */
export type BulkStartRequest = RequestOf<'bulk:start'>;

export type BulkStartAnswer = { ok: true } | { ok: false; error: string };

export interface BulkPanelProps {
  /** the queue as stored (local:bulkQueue), null before the first run */
  queue: BulkQueue | null;
  /** roles to pick from; absent or empty: no picker */
  roles?: readonly { id: string; name: string }[];
  defaultRoleId?: string;
  /** epoch ms, to tell a rate-limit hold that has passed; absent: the stored hold is shown until the run moves on */
  now?: number;
  onStart: (request: BulkStartRequest) => Promise<BulkStartAnswer> | void;
  onCancel: () => void;
  /** the verdict a saved candidate has now, by candidate id (null when not known) */
  verdictOf?: (candidateId: string) => VerdictLabel | null;
  /** switches to the Candidates view */
  onShowCandidates?: () => void;
}

const STATUS_TEXT: Readonly<Record<BulkItemStatus, [key: string, english: string]>> = {
  queued: ['bulkStatusQueued', 'queued'],
  running: ['bulkStatusRunning', 'evaluating…'],
  waiting: ['bulkStatusWaiting', 'waiting for the rate limit'],
  done: ['bulkStatusDone', 'saved'],
  failed: ['bulkStatusFailed', 'failed'],
  cancelled: ['bulkStatusCancelled', 'cancelled'],
};

/**
 * Bulk evaluation, its own view: paste or import GitHub logins and profile
 * links; every entry that will not be used says why; LinkedIn profiles are
 * kept as a list to visit; the background run is followed login by login,
 * each result as "saved · possible match · 64".
 */
export function BulkPanel({ queue, roles = [], defaultRoleId, now, onStart, onCancel, verdictOf, onShowCandidates }: BulkPanelProps) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [picked, setRoleId] = useState<string | null>(null);
  // the roles may arrive after the first render: until one is picked, the default (or the first) shows
  const roleId = picked ?? defaultRoleId ?? roles[0]?.id ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // LinkedIn profiles from lists already started: kept after the text is cleared
  const [kept, setKept] = useState<ToVisit[]>([]);
  const ids = useId();
  const parsed = useMemo(() => parseLoginList(text), [text]);
  const active = isActive(queue);
  const toVisit = useMemo(() => {
    const seen = new Set(kept.map((v) => v.slug.toLowerCase()));
    return [...kept, ...parsed.toVisit.filter((v) => !seen.has(v.slug.toLowerCase()))];
  }, [kept, parsed.toVisit]);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText((current) => (current.trim() ? `${current.trimEnd()}\n${content}` : content));
    event.target.value = '';
  };

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await onStart({ logins: parsed.logins, tags: parseTags(tags), ...(roles.length > 0 && roleId ? { matrixId: roleId } : {}) });
      if (answer && !answer.ok) setError(answer.error);
      else {
        setKept(toVisit);
        setText('');
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk" aria-labelledby={`${ids}-heading`} data-testid="bulk-panel">
      <h1 id={`${ids}-heading`} className="view-title">
        {tOr('bulkHeading', 'Evaluate in bulk')}
      </h1>
      <label htmlFor={`${ids}-input`}>{tOr('bulkInputLabel', 'GitHub logins or profile links (LinkedIn profile links too), one a line or separated by commas')}</label>
      <textarea
        id={`${ids}-input`}
        data-testid="bulk-input"
        rows={6}
        value={text}
        placeholder={'mona-dev\nhttps://github.com/octocat\nhttps://www.linkedin.com/in/someone/'}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="bulk-file">
        {tOr('bulkFileLabel', 'Or import a text or CSV file')}
        <input type="file" accept=".txt,.csv,text/plain,text/csv" data-testid="bulk-file" onChange={(e) => void importFile(e)} />
      </label>

      <p className="muted small" data-testid="bulk-parse-summary" data-count={parsed.logins.length} aria-live="polite">
        {tOr('bulkReady', '$1 logins ready', [String(parsed.logins.length)])}
        {parsed.duplicates.length > 0 ? ` · ${tOr('bulkDuplicates', '$1 repeated, counted once', [String(parsed.duplicates.length)])}` : null}
        {parsed.toVisit.length > 0 ? ` · ${tOr('bulkToVisitCount', '$1 LinkedIn profiles to visit', [String(parsed.toVisit.length)])}` : null}
      </p>
      {parsed.rejected.length > 0 ? (
        <div className="bulk-rejected" role="status">
          <p>{tOr('bulkRejectedHeading', '$1 not used:', [String(parsed.rejected.length)])}</p>
          <ul>
            {parsed.rejected.map((r, i) => (
              <li key={`${i}-${r.input}`} data-testid="bulk-rejected" data-reason={r.reason}>
                <code>{r.input}</code> — {tOr(`bulkReject_${r.reason.replaceAll('-', '_')}`, REJECT_REASON_TEXT[r.reason])}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="bulk-options">
        {roles.length > 0 ? (
          <label>
            {tOr('bulkRoleLabel', 'Role')}
            <RoleSelect testId="bulk-role" roles={roles} value={roleId} onChange={setRoleId} />
          </label>
        ) : null}
        <label>
          {tOr('bulkTagsLabel', 'Tags (comma separated)')}
          <input data-testid="bulk-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
      </div>

      <div className="bulk-actions">
        <button type="button" className="primary" data-testid="bulk-start" disabled={busy || active || parsed.logins.length === 0} onClick={() => void start()}>
          {tOr('bulkStart', 'Evaluate $1', [String(parsed.logins.length)])}
        </button>
        {active ? (
          <button type="button" data-testid="bulk-cancel" onClick={onCancel}>
            {tOr('bulkCancel', 'Cancel')}
          </button>
        ) : null}
      </div>
      {active && parsed.logins.length > 0 ? <p className="muted small">{tOr('bulkBusy', 'A run is under way: cancel it or let it finish to start another.')}</p> : null}
      {error ? (
        <p role="alert" className="notice error" data-testid="bulk-error">
          {error}
        </p>
      ) : null}

      {toVisit.length > 0 ? <ToVisitList items={toVisit} onClear={kept.length > 0 ? () => setKept([]) : undefined} /> : null}
      {queue ? <BulkProgressView queue={queue} now={now ?? null} verdictOf={verdictOf} onShowCandidates={onShowCandidates} /> : null}
    </section>
  );
}

function ToVisitList({ items, onClear }: { items: readonly ToVisit[]; onClear: (() => void) | undefined }) {
  return (
    <section className="bulk-to-visit" data-testid="bulk-to-visit" aria-labelledby="bulk-to-visit-title">
      <h2 id="bulk-to-visit-title">{tOr('bulkToVisitHeading', 'LinkedIn profiles to visit ($1)', [String(items.length)])}</h2>
      <p className="muted small">{tOr('bulkToVisitWhy', TO_VISIT_REASON)}</p>
      <ul>
        {items.map((v) => (
          <li key={v.slug} data-testid="bulk-visit" data-slug={v.slug}>
            <ExternalLink href={v.url}>{v.slug}</ExternalLink>
          </li>
        ))}
      </ul>
      {onClear ? (
        <button type="button" className="small" data-testid="bulk-visit-clear" onClick={onClear}>
          {tOr('bulkToVisitClear', 'Clear this list')}
        </button>
      ) : null}
    </section>
  );
}

/** "saved · possible match · 64", "saved · not enough to judge · score pending", "failed — why", "queued". */
function ItemResult({ item, verdict }: { item: BulkItem; verdict: VerdictLabel | null }) {
  const [key, english] = STATUS_TEXT[item.status];
  return (
    <>
      <span className="muted">{tOr(key, english)}</span>
      {item.status === 'done' && verdict ? (
        <>
          {' · '}
          <span className={`bulk-verdict ${toneClass(verdictTone(verdict))}`} data-testid="bulk-item-verdict" data-verdict={verdict}>
            {verdictShort(verdict)}
          </span>
        </>
      ) : null}
      {item.status === 'done' && item.overall !== undefined ? (
        <>
          {' · '}
          <span className="bulk-score" data-testid="bulk-item-score">
            {verdict === 'insufficient' ? tOr('scorePendingLong', 'score pending') : item.overall}
          </span>
        </>
      ) : null}
      {item.status === 'failed' && item.error ? <span className="error small"> — {item.error}</span> : null}
    </>
  );
}

function BulkProgressView({
  queue,
  now,
  verdictOf,
  onShowCandidates,
}: {
  queue: BulkQueue;
  now: number | null;
  verdictOf: ((id: string) => VerdictLabel | null) | undefined;
  onShowCandidates: (() => void) | undefined;
}) {
  const progress = progressOf(queue);
  const phase = phaseOf(queue, now);
  const share = progress.total === 0 ? 0 : Math.round((progress.finished / progress.total) * 100);
  const label = tOr('bulkProgress', '$1 of $2 evaluated', [String(progress.finished), String(progress.total)]);
  return (
    <section className="bulk-run" data-testid="bulk-run" data-phase={phase} aria-labelledby="bulk-run-title">
      <h2 id="bulk-run-title">{tOr('bulkRunHeading', 'This run')}</h2>
      <div
        className="bulk-progress"
        data-testid="bulk-progress"
        role="progressbar"
        aria-label={tOr('bulkProgressLabel', 'Bulk evaluation progress')}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.finished}
        aria-valuetext={label}
        data-done={progress.finished}
        data-total={progress.total}
        data-failed={progress.failed}
      >
        <div className="bulk-progress-bar" style={{ width: `${share}%` }} />
      </div>
      <p className="small">
        {label}
        {progress.failed > 0 ? ` · ${tOr('bulkFailedCount', '$1 failed', [String(progress.failed)])}` : null}
        {phase === 'done' ? ` · ${tOr('bulkDone', 'finished')}` : null}
        {phase === 'cancelled' ? ` · ${tOr('bulkCancelled', 'cancelled')}` : null}
        {onShowCandidates && progress.done > 0 ? (
          <>
            {' '}
            <button type="button" className="link-button" data-testid="bulk-show-candidates" onClick={onShowCandidates}>
              {tOr('bulkShowCandidates', 'See them in Candidates')}
            </button>
          </>
        ) : null}
      </p>
      {phase === 'waiting' && queue.waitingUntil !== null ? (
        <p className="notice incomplete" data-testid="bulk-waiting" role="status">
          {tOr('bulkWaiting', 'GitHub’s rate limit is spent; the run carries on by itself at')} <time dateTime={isoOf(queue.waitingUntil)}>{timeText(queue.waitingUntil)}</time>
        </p>
      ) : null}
      <ul className="bulk-items">
        {queue.items.map((item) => (
          <li key={item.login} data-testid="bulk-item" data-login={item.login} data-status={item.status}>
            <ExternalLink href={githubProfileUrl(item.login)}>{item.login}</ExternalLink> <ItemResult item={item} verdict={item.candidateId && verdictOf ? verdictOf(item.candidateId) : null} />
          </li>
        ))}
      </ul>
    </section>
  );
}
