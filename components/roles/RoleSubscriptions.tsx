import { useId, useState, type FormEvent } from 'react';
import { errorText } from '@/lib/error-text';
import { tOr } from '@/lib/i18n';
import type { RoleSubscription } from '@/lib/matrix/subscriptions';

export type SubscribeOutcome = { ok: true; count: number } | { ok: false; error: string };

export interface RoleSubscriptionsProps {
  subscriptions: readonly RoleSubscription[];
  /**
   * Subscribes to the role file at this https address. Called within the
   * recruiter's click, so the caller can ask for the origin's permission
   * before anything is awaited.
   */
  onSubscribe: (url: string) => Promise<SubscribeOutcome>;
  onUnsubscribe: (id: string) => void;
}

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : tOr('rolesSharedNever', 'never');
}

type Shown = { kind: 'error'; message: string } | { kind: 'done'; count: number } | null;

/** Shared roles: subscribe to a role file by its https address; each subscription says when it was checked and why an update was refused. */
export function RoleSubscriptions({ subscriptions, onSubscribe, onUnsubscribe }: RoleSubscriptionsProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!url.trim() || busy) return;
    setBusy(true);
    // no await before this call: the permission prompt needs the click's gesture
    onSubscribe(url.trim())
      .then(
        (result) => {
          setShown(result.ok ? { kind: 'done', count: result.count } : { kind: 'error', message: result.error });
          if (result.ok) setUrl('');
        },
        (err: unknown) => setShown({ kind: 'error', message: errorText(err) }),
      )
      .finally(() => setBusy(false));
  }

  return (
    <section className="roles-subscriptions" data-testid="role-subscriptions" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="roles-subheading">
        {tOr('rolesSharedTitle', 'Shared roles')}
      </h3>
      <p className="roles-hint muted">
        {tOr(
          'rolesSharedHint',
          'Follow a role file your team publishes at an https address (made here with “Export this matrix”). Hirelens asks to read that one site, checks the file at most once a day, and shows its roles read-only: duplicate one to edit it.',
        )}
      </p>
      <form className="roles-add" onSubmit={submit}>
        <div className="roles-field">
          <label htmlFor={`${id}-url`} className="roles-field-label">
            {tOr('rolesSharedUrl', 'Address of the role file')}
          </label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            spellCheck={false}
            data-testid="subscribe-url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <button type="submit" data-testid="subscribe-submit" disabled={busy || !url.trim()}>
          {tOr('rolesSharedSubscribe', 'Subscribe')}
        </button>
      </form>
      {shown?.kind === 'error' ? (
        <p className="notice error" role="alert" data-testid="subscribe-error">
          {shown.message}
        </p>
      ) : null}
      {shown?.kind === 'done' ? (
        <p className="notice" role="status" data-testid="subscribe-result" data-count={shown.count}>
          {tOr('rolesSharedAdded', 'Subscribed: $1 roles added to the role picker.', String(shown.count))}
        </p>
      ) : null}
      {subscriptions.length > 0 ? (
        <ul className="roles-list">
          {subscriptions.map((s) => (
            <li key={s.id} className="roles-item" data-testid="subscription" data-id={s.id} data-status={s.error ? 'error' : 'ok'}>
              <div className="roles-item-select">
                <span className="roles-item-name roles-subscription-url">{s.url}</span>
                <span className="muted roles-item-meta">
                  {s.matrices.map((m) => m.name).join(', ')} · {tOr('rolesSharedChecked', 'checked')} {when(s.checkedAt)}
                </span>
                {s.error ? (
                  <span className="notice error small" role="alert" data-testid="subscription-error">
                    {tOr('rolesSharedRefused', 'The latest update was not taken: $1. Still using the version of $2.', [s.error, when(s.goodAt)])}
                  </span>
                ) : null}
              </div>
              <div className="roles-row-actions">
                <button type="button" data-testid="subscription-remove" aria-label={`${tOr('rolesSharedRemove', 'Unsubscribe')}: ${s.url}`} onClick={() => onUnsubscribe(s.id)}>
                  {tOr('rolesSharedRemove', 'Unsubscribe')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
