/**
 * The durable GitHub pause as the recruiter sees it: a pause stored at
 * `local:githubApiPause` (after a secondary rate limit, or the circuit
 * breaker) shows in the panel with the time Hirelens will ask again, in the
 * profile view's notices and in the Bulk view; a pause that has run out shows
 * nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BulkScreen } from '@/entrypoints/sidepanel/BulkScreen';
import { GithubPause } from '@/entrypoints/sidepanel/GithubPause';
import { NO_PAUSE, type ApiPause } from '@/lib/github/api-pause';
import { apiPauseItem, writeApiPause } from '@/lib/github/api-pause-store';

function pause(notBefore: number, reason: ApiPause['reason'] = 'secondary-rate-limit'): ApiPause {
  return { ...NO_PAUSE, notBefore, reason, strikes: 1, updatedAt: Date.now() };
}

/** Lets the first read of storage land. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('the GitHub pause in the panel', () => {
  it('a stored pause shows why and until when', async () => {
    const until = Date.now() + 10 * 60_000;
    await writeApiPause('api.github.com', pause(until));
    render(<GithubPause />);
    const notice = await screen.findByTestId('github-paused');
    expect(notice.getAttribute('data-until')).toBe(String(until));
    const hhmm = new Date(until).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    expect(notice.textContent).toMatch(/^GitHub asked Hirelens to slow down .*: Hirelens waits and asks again .+ \(until .+\)$/);
    expect(notice.textContent).toContain(`(until ${hhmm})`);
  });

  it('a pause that has run out shows nothing', async () => {
    await apiPauseItem.setValue({ 'api.github.com': pause(Date.now() - 1_000, 'failing') });
    render(<GithubPause />);
    await settle();
    expect(screen.queryByTestId('github-paused')).toBeNull();
  });

  it('appears when a pause is stored while the panel is open, and goes when it ends', async () => {
    render(<GithubPause />);
    await settle();
    expect(screen.queryByTestId('github-paused')).toBeNull();
    await act(async () => {
      await writeApiPause('api.github.com', pause(Date.now() + 400, 'failing'));
    });
    expect((await screen.findByTestId('github-paused')).textContent).toMatch(/could not be reached several times/);
    await waitFor(() => expect(screen.queryByTestId('github-paused')).toBeNull(), { timeout: 3_000 });
  });

  it('a pause of an Enterprise host is not said of github.com', async () => {
    await writeApiPause('ghe.example.com', pause(Date.now() + 10 * 60_000));
    render(<GithubPause />);
    await settle();
    expect(screen.queryByTestId('github-paused')).toBeNull();
  });

  it('the Bulk view shows a stored pause above the list', async () => {
    await writeApiPause('api.github.com', pause(Date.now() + 5 * 60_000));
    render(<BulkScreen roles={[{ id: 'backend-senior', name: 'Backend (senior)' }]} activeId="backend-senior" onShowCandidates={() => {}} />);
    const notice = await screen.findByTestId('github-paused');
    expect(notice.compareDocumentPosition(screen.getByTestId('bulk-input')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('the Bulk view shows nothing once the pause has run out', async () => {
    await apiPauseItem.setValue({ 'api.github.com': pause(Date.now() - 60_000) });
    render(<BulkScreen roles={[{ id: 'backend-senior', name: 'Backend (senior)' }]} activeId="backend-senior" onShowCandidates={() => {}} />);
    await screen.findByTestId('bulk-input');
    await settle();
    expect(screen.queryByTestId('github-paused')).toBeNull();
  });
});
