import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RetryFailedButton } from '@/components/trust/RetryFailedButton';
import { PauseNotice } from '@/components/trust/PauseNotice';
import { EditConflictPrompt } from '@/components/trust/EditConflictPrompt';
import { RetentionNotice } from '@/components/trust/RetentionNotice';
import { RetentionSetting } from '@/components/trust/RetentionSetting';
import { ImportConfirm } from '@/components/trust/ImportConfirm';

afterEach(cleanup);

const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('Retry failed', () => {
  it('shows nothing while nothing failed', () => {
    const { container } = render(<RetryFailedButton failed={0} onRetry={vi.fn(async () => 0)} />);
    expect(container.textContent).toBe('');
  });

  it('says how many failed and retries them on click; a refusal is shown', async () => {
    const onRetry = vi.fn(async () => {
      throw new Error('The background did not answer');
    });
    render(<RetryFailedButton failed={3} onRetry={onRetry} />);
    const button = screen.getByTestId('bulk-retry-failed');
    expect(button.textContent).toBe('Retry 3 failed logins');
    fireEvent.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The background did not answer'));
  });
});

describe('the GitHub pause', () => {
  it('says why and until when, and nothing while there is no pause', () => {
    const { rerender, container } = render(<PauseNotice pause={{ until: NOW + 60_000, text: 'GitHub asked Hirelens to slow down' }} />);
    expect(screen.getByTestId('github-paused').textContent).toMatch(/^GitHub asked Hirelens to slow down \(until .+\)$/);
    expect(screen.getByTestId('github-paused').getAttribute('data-until')).toBe(String(NOW + 60_000));
    rerender(<PauseNotice pause={null} />);
    expect(container.textContent).toBe('');
  });
});

describe('the edit conflict prompt', () => {
  it('shows both sides as text and answers the choice', () => {
    const onResolve = vi.fn();
    render(
      <EditConflictPrompt
        fields={[{ field: 'notes', theirs: 'Strong on Go <img src=x onerror=alert(1)>', mine: 'Wants remote' }]}
        onResolve={onResolve}
      />,
    );
    expect(screen.getByTestId('edit-conflict').querySelector('img')).toBeNull();
    expect(screen.getByTestId('edit-conflict-field-theirs').textContent).toBe('Strong on Go <img src=x onerror=alert(1)>');
    expect(screen.getByTestId('edit-conflict-field-mine').textContent).toBe('Wants remote');
    fireEvent.click(screen.getByTestId('edit-conflict-keep-both'));
    fireEvent.click(screen.getByTestId('edit-conflict-use-mine'));
    fireEvent.click(screen.getByTestId('edit-conflict-keep-theirs'));
    expect(onResolve.mock.calls).toEqual([['keep-both'], ['mine'], ['theirs']]);
  });
});

describe('the retention notice', () => {
  it('says how many, since when untouched and from when, and keeps them on click', async () => {
    const onKeepAll = vi.fn(async () => 2);
    render(<RetentionNotice summary={{ count: 2, firstDeleteAt: NOW + 7 * 86_400_000, months: 6 }} onKeepAll={onKeepAll} />);
    const notice = screen.getByTestId('retention-notice');
    expect(notice.textContent).toMatch(/2 candidates have not been saved, edited or re-scored for 6 months/);
    expect(notice.getAttribute('data-count')).toBe('2');
    fireEvent.click(screen.getByTestId('retention-keep'));
    await waitFor(() => expect(onKeepAll).toHaveBeenCalledTimes(1));
  });

  it('shows nothing without a notice', () => {
    const { container } = render(<RetentionNotice summary={null} onKeepAll={vi.fn(async () => 0)} />);
    expect(container.textContent).toBe('');
  });
});

describe('the retention setting', () => {
  it('is off by default and saves the months chosen', () => {
    const onSave = vi.fn();
    render(<RetentionSetting months={null} onSave={onSave} />);
    const select = screen.getByTestId('retention-months') as HTMLSelectElement;
    expect(select.value).toBe('off');
    fireEvent.change(select, { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('retention-save'));
    expect(onSave).toHaveBeenCalledWith(12);
  });
});

describe('the backup import confirmation', () => {
  it('says what the candidates and roles would change, and nothing happens until confirmed', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ImportConfirm
        preview={{ exportedAt: '2026-11-01T10:00:00.000Z', candidates: { added: 2, merged: 1, unchanged: 0, conflicts: [] }, roles: { added: ['Platform'], alreadyThere: ['Data'] }, datesClamped: 0, settingsNotRestored: false }}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByTestId('import-candidates').textContent).toBe('Candidates: 2 new, 1 updated, 0 unchanged.');
    expect(screen.getByTestId('import-roles').textContent).toBe('Roles: 1 to add (Platform); 1 already here, not added again (Data).');
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('import-confirm'));
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
