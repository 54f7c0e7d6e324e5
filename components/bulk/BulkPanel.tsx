import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { REJECT_REASON_TEXT, parseLoginList } from '@/lib/bulk/parse-login-list';
import { isActive, phaseOf, progressOf } from '@/lib/bulk/queue-machine';
import type { BulkItemStatus, BulkQueue } from '@/lib/bulk/queue-schema';
import { parseTags } from '@/lib/candidates/tags';
import { githubProfileUrl } from '@/lib/page/profile-urls';
import { errorText } from '@/lib/error-text';
import type { RequestOf } from '@/lib/messages';
import { tOr } from '@/lib/i18n';
import { ExternalLink } from '@/components/ExternalLink';
import { RoleSelect } from '@/components/Selects';

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
}

const STATUS_TEXT: Readonly<Record<BulkItemStatus, [key: string, english: string]>> = {
  queued: ['bulkStatusQueued', 'queued'],
  running: ['bulkStatusRunning', 'evaluating…'],
  waiting: ['bulkStatusWaiting', 'waiting for the rate limit'],
  done: ['bulkStatusDone', 'saved'],
  failed: ['bulkStatusFailed', 'failed'],
  cancelled: ['bulkStatusCancelled', 'cancelled'],
};

/** Paste or import GitHub logins and profile links; follow the background run login by login. */
export function BulkPanel({ queue, roles = [], defaultRoleId, now, onStart, onCancel }: BulkPanelProps) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [picked, setRoleId] = useState<string | null>(null);
  // the roles may arrive after the first render: until one is picked, the default (or the first) shows
  const roleId = picked ?? defaultRoleId ?? roles[0]?.id ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const parsed = useMemo(() => parseLoginList(text), [text]);
  const active = isActive(queue);

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
      else setText('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk" aria-labelledby={`${ids}-heading`} data-testid="bulk-panel">
      <h2 id={`${ids}-heading`}>{tOr('bulkHeading', 'Evaluate in bulk')}</h2>
      <label htmlFor={`${ids}-input`}>{tOr('bulkInputLabel', 'GitHub logins or profile links, one a line or separated by commas')}</label>
      <textarea
        id={`${ids}-input`}
        data-testid="bulk-input"
        rows={5}
        value={text}
        placeholder={'mona-dev\nhttps://github.com/octocat'}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="bulk-file">
        {tOr('bulkFileLabel', 'Or import a text or CSV file')}
        <input type="file" accept=".txt,.csv,text/plain,text/csv" data-testid="bulk-file" onChange={(e) => void importFile(e)} />
      </label>

      <p className="muted small" data-testid="bulk-parse-summary" data-count={parsed.logins.length} aria-live="polite">
        {tOr('bulkReady', '$1 logins ready', [String(parsed.logins.length)])}
        {parsed.duplicates.length > 0 ? ` · ${tOr('bulkDuplicates', '$1 repeated, counted once', [String(parsed.duplicates.length)])}` : null}
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
        <p role="alert" className="error" data-testid="bulk-error">
          {error}
        </p>
      ) : null}

      {queue ? <BulkProgressView queue={queue} now={now ?? null} /> : null}
    </section>
  );
}

function BulkProgressView({ queue, now }: { queue: BulkQueue; now: number | null }) {
  const progress = progressOf(queue);
  const phase = phaseOf(queue, now);
  const share = progress.total === 0 ? 0 : Math.round((progress.finished / progress.total) * 100);
  const label = tOr('bulkProgress', '$1 of $2 evaluated', [String(progress.finished), String(progress.total)]);
  return (
    <div className="bulk-run" data-testid="bulk-run" data-phase={phase}>
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
        style={{ height: 8, borderRadius: 4, background: 'var(--border, #ccc)', overflow: 'hidden' }}
      >
        <div className="bulk-progress-bar" style={{ width: `${share}%`, height: '100%', background: 'var(--accent, #0969da)' }} />
      </div>
      <p className="small">
        {label}
        {progress.failed > 0 ? ` · ${tOr('bulkFailedCount', '$1 failed', [String(progress.failed)])}` : null}
        {phase === 'done' ? ` · ${tOr('bulkDone', 'finished')}` : null}
        {phase === 'cancelled' ? ` · ${tOr('bulkCancelled', 'cancelled')}` : null}
      </p>
      {phase === 'waiting' && queue.waitingUntil !== null ? (
        <p className="notice" data-testid="bulk-waiting" role="status">
          {tOr('bulkWaiting', 'GitHub’s rate limit is spent; the run carries on by itself at')}{' '}
          <time dateTime={new Date(queue.waitingUntil).toISOString()}>{new Date(queue.waitingUntil).toLocaleTimeString()}</time>
        </p>
      ) : null}
      <ul className="bulk-items">
        {queue.items.map((item) => {
          const [key, english] = STATUS_TEXT[item.status];
          return (
            <li key={item.login} data-testid="bulk-item" data-login={item.login} data-status={item.status}>
              <ExternalLink href={githubProfileUrl(item.login)}>{item.login}</ExternalLink>{' '}
              <span className="muted">{tOr(key, english)}</span>
              {item.status === 'done' && item.overall !== undefined ? (
                <span className="bulk-score" data-testid="bulk-item-score">
                  {' '}
                  {item.overall}
                </span>
              ) : null}
              {item.status === 'failed' && item.error ? <span className="error small"> — {item.error}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
