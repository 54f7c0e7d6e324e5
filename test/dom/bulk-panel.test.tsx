import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BulkPanel, type BulkPanelProps } from '@/components/bulk/BulkPanel';
import { cancelQueue, markDone, markFailed, markRunning, markWaiting, newQueue } from '@/lib/bulk/queue-machine';
import type { BulkQueue } from '@/lib/bulk/queue-schema';
import { timeText } from '@/components/dates';

afterEach(cleanup);

const NOW = Date.parse('2026-11-20T12:00:00Z');

function props(overrides: Partial<BulkPanelProps> = {}): BulkPanelProps {
  return { queue: null, onStart: vi.fn(async () => ({ ok: true as const })), onCancel: vi.fn(), ...overrides };
}

/** mona-dev saved (score 72), ada-l failed, linus-t evaluating, grace-h queued. */
function midRun(): BulkQueue {
  let q = newQueue({ id: 'b1', logins: ['mona-dev', 'ada-l', 'linus-t', 'grace-h'], matrixId: 'backend-senior', tags: [], now: NOW });
  q = markDone(markRunning(q, 'mona-dev', NOW), 'mona-dev', { candidateId: 'gh:mona-dev', overall: 72 }, NOW);
  q = markFailed(markRunning(q, 'ada-l', NOW), 'ada-l', 'GitHub has no such user or repository (404)', NOW);
  return markRunning(q, 'linus-t', NOW);
}

function paste(text: string): void {
  fireEvent.change(screen.getByTestId('bulk-input'), { target: { value: text } });
}

describe('the bulk panel', () => {
  it('says how many logins a paste holds, and which inputs it will not use and why', () => {
    render(<BulkPanel {...props()} />);
    expect(screen.getByTestId<HTMLButtonElement>('bulk-start').disabled).toBe(true);
    paste('mona-dev\nhttps://github.com/ada-l?tab=repositories, @linus-t\nMONA-DEV\nhttps://github.com/settings\nbad_login\nhttps://github.com/mona-dev/orbit-api');
    expect(screen.getByTestId('bulk-parse-summary').dataset.count).toBe('3');
    expect(screen.getByTestId('bulk-parse-summary').textContent).toContain('3 logins ready');
    expect(screen.getByTestId('bulk-parse-summary').textContent).toContain('1 repeated');
    const rejected = screen.getAllByTestId('bulk-rejected');
    expect(rejected.map((r) => [r.querySelector('code')?.textContent, r.dataset.reason])).toEqual([
      ['https://github.com/settings', 'reserved'],
      ['bad_login', 'invalid-login'],
      ['https://github.com/mona-dev/orbit-api', 'not-a-profile'],
    ]);
    expect(rejected[0]?.textContent).toContain('a GitHub page, not a person');
    expect(screen.getByTestId<HTMLButtonElement>('bulk-start').disabled).toBe(false);
  });

  it('starts with the parsed logins, the chosen role and the tags', async () => {
    const onStart = vi.fn(async () => ({ ok: true as const }));
    render(<BulkPanel {...props({ onStart, roles: [{ id: 'backend-mid', name: 'Backend (mid)' }, { id: 'backend-senior', name: 'Backend (senior)' }], defaultRoleId: 'backend-senior' })} />);
    paste('https://github.com/mona-dev\n@ada-l');
    fireEvent.change(screen.getByTestId('bulk-role'), { target: { value: 'backend-mid' } });
    fireEvent.change(screen.getByTestId('bulk-tags'), { target: { value: 'nov-batch, go ,nov-batch' } });
    fireEvent.click(screen.getByTestId('bulk-start'));
    await waitFor(() => expect(onStart).toHaveBeenCalledWith({ logins: ['mona-dev', 'ada-l'], matrixId: 'backend-mid', tags: ['nov-batch', 'go'] }));
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('bulk-input').value).toBe(''));
  });

  it('shows the background’s refusal and keeps the list', async () => {
    const onStart = vi.fn(async () => ({ ok: false as const, error: 'A bulk evaluation is already under way' }));
    render(<BulkPanel {...props({ onStart })} />);
    paste('mona-dev');
    fireEvent.click(screen.getByTestId('bulk-start'));
    expect((await screen.findByTestId('bulk-error')).textContent).toBe('A bulk evaluation is already under way');
    expect(screen.getByTestId<HTMLTextAreaElement>('bulk-input').value).toBe('mona-dev');
  });

  it('imports logins from a file, after what was already typed', async () => {
    render(<BulkPanel {...props()} />);
    paste('mona-dev');
    const file = new File(['ada-l\nhttps://github.com/linus-t\n'], 'logins.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('bulk-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('bulk-parse-summary').dataset.count).toBe('3'));
  });

  it('shows the progress of a run and each login’s status, with the score of those saved', () => {
    render(<BulkPanel {...props({ queue: midRun(), now: NOW })} />);
    const bar = screen.getByTestId('bulk-progress');
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect([bar.dataset.done, bar.dataset.total]).toEqual(['2', '4']);
    expect([bar.getAttribute('aria-valuemin'), bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['0', '2', '4']);
    expect(bar.getAttribute('aria-valuetext')).toBe('2 of 4 evaluated');
    const items = screen.getAllByTestId('bulk-item');
    expect(items.map((i) => [i.dataset.login, i.dataset.status])).toEqual([
      ['mona-dev', 'done'],
      ['ada-l', 'failed'],
      ['linus-t', 'running'],
      ['grace-h', 'queued'],
    ]);
    expect(within(items[0]!).getByTestId('bulk-item-score').textContent?.trim()).toBe('72');
    expect(items[1]?.textContent).toContain('no such user');
    expect(screen.queryByTestId('bulk-waiting')).toBeNull();
  });

  it('while a run is under way: Cancel is offered, a second start is not', () => {
    const onCancel = vi.fn();
    render(<BulkPanel {...props({ queue: midRun(), onCancel })} />);
    paste('someone-else');
    expect(screen.getByTestId<HTMLButtonElement>('bulk-start').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('bulk-cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says when the run waits for the rate limit, and until when', () => {
    const resetAt = NOW + 25 * 60_000;
    const queue = markWaiting(midRun(), 'grace-h', resetAt, NOW);
    render(<BulkPanel {...props({ queue: { ...queue, items: queue.items.map((i) => (i.status === 'running' ? { ...i, status: 'done' as const, overall: 50 } : i)) }, now: NOW })} />);
    expect(screen.getByTestId('bulk-run').dataset.phase).toBe('waiting');
    const note = screen.getByTestId('bulk-waiting');
    expect(note.querySelector('time')?.getAttribute('datetime')).toBe(new Date(resetAt).toISOString());
    expect(note.textContent).toContain(timeText(resetAt));
    expect(screen.getAllByTestId('bulk-item').find((i) => i.dataset.login === 'grace-h')?.dataset.status).toBe('waiting');
  });

  it('a finished or cancelled run offers no Cancel and lets a new run start', () => {
    const queue = cancelQueue(midRun(), NOW);
    render(<BulkPanel {...props({ queue })} />);
    expect(screen.getByTestId('bulk-run').dataset.phase).toBe('cancelled');
    expect(screen.queryByTestId('bulk-cancel')).toBeNull();
    expect(screen.getAllByTestId('bulk-item').map((i) => i.dataset.status)).toEqual(['done', 'failed', 'cancelled', 'cancelled']);
    paste('someone-else');
    expect(screen.getByTestId<HTMLButtonElement>('bulk-start').disabled).toBe(false);
  });

  it('puts logins into the page as text, never as markup', () => {
    render(<BulkPanel {...props()} />);
    paste('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByTestId('bulk-rejected').length).toBeGreaterThan(0);
  });
});
