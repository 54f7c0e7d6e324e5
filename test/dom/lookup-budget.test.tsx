/**
 * The GitHub budget as a recruiter reads it: people left this hour, not
 * requests; a warning from a quarter left; and *Dig deeper* that says what it
 * costs and is not offered when the requests left cannot finish it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RateLimitLine } from '@/components/RateLimitLine';
import { ProfilePanel } from '@/components/ProfilePanel';
import { timeText } from '@/components/dates';
import { evaluatePerson } from '@/lib/evaluation/evaluate-person';
import type { TabState } from '@/lib/evaluation/tab-state';
import { PRESETS } from '@/lib/matrix/presets';
import type { RateLimit } from '@/lib/schemas/tab-state';
import { scoreCandidate } from '@/lib/scoring/score';
import { NOW, githubEvidence, githubPage, persona, readingsOf } from '../unit/calibration/personas';

const RESET = NOW.getTime() + 65 * 60_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the budget line', () => {
  it('without a token, says about how many quick profiles are left and when the limit resets', () => {
    render(<RateLimitLine rateLimit={{ limit: 60, remaining: 48, resetAt: RESET }} hasToken={false} />);
    const line = screen.getByTestId('rate-limit');
    expect(screen.getByTestId('rate-limit-people').textContent).toBe(`about 24 quick profiles left this hour (resets ${timeText(RESET)})`);
    expect(line.dataset.low).toBe('false');
    expect(line.dataset.remaining).toBe('48');
  });

  it('with a token, counts profiles read in depth on the GraphQL limit', () => {
    render(<RateLimitLine rateLimit={{ limit: 5000, remaining: 4800, resetAt: RESET }} hasToken />);
    expect(screen.getByTestId('rate-limit-people').textContent).toMatch(/^about 2,400 profiles read in depth left this hour/);
  });

  it('warns from a quarter of the limit down, and not above it', () => {
    render(<RateLimitLine rateLimit={{ limit: 60, remaining: 15, resetAt: RESET }} hasToken={false} />);
    const people = screen.getByTestId('rate-limit-people');
    expect(screen.getByTestId('rate-limit').dataset.low).toBe('true');
    expect(people.getAttribute('role')).toBe('status');
    expect(people.textContent).toMatch(/^Running low: about 7 quick profiles left/);
    cleanup();
    render(<RateLimitLine rateLimit={{ limit: 60, remaining: 16, resetAt: RESET }} hasToken={false} />);
    expect(screen.getByTestId('rate-limit').dataset.low).toBe('false');
    expect(screen.getByTestId('rate-limit-people').textContent).not.toMatch(/Running low/);
  });

  it('after the reset time, counts the whole limit again', () => {
    render(<RateLimitLine rateLimit={{ limit: 60, remaining: 0, resetAt: NOW.getTime() - 1000 }} hasToken={false} />);
    expect(screen.getByTestId('rate-limit-people').textContent).toBe('about 30 quick profiles left this hour');
  });
});

// a senior Go developer read quickly without a token: 4 public repositories
function renderQuickRead(rateLimit: RateLimit | null, onDigDeeper = vi.fn()) {
  const spec = persona('senior-go').github!;
  const evaluation = evaluatePerson(readingsOf(persona('senior-go'), 'quick'), NOW);
  const matrix = PRESETS.find((m) => m.id === 'backend-senior')!;
  const state: TabState = {
    version: 1,
    tabId: 3,
    url: `https://github.com/${spec.login}`,
    status: 'ready',
    profile: githubPage(spec),
    evidence: githubEvidence(spec, 'quick'),
    evaluation,
    partial: null,
    error: null,
    rateLimit: null,
    runId: 'r1',
    updatedAt: NOW.getTime(),
  };
  render(
    <ProfilePanel
      state={state}
      result={scoreCandidate(evaluation, matrix, NOW)}
      evidence={evaluation.evidence}
      roles={[{ id: matrix.id, name: matrix.name }]}
      roleId={matrix.id}
      onRoleChange={vi.fn()}
      links={{ github: null, linkedin: null }}
      merged={false}
      onRetry={vi.fn()}
      onOpenOptions={vi.fn()}
      rateLimit={rateLimit}
      onDigDeeper={onDigDeeper}
      onConnectToken={vi.fn()}
      hasToken={false}
    />,
  );
  return onDigDeeper;
}

describe('Dig deeper', () => {

  it('says what it reads and what it costs of the requests left', () => {
    const onDigDeeper = renderQuickRead({ limit: 60, remaining: 58, resetAt: RESET });
    // 4 repositories: languages, file tree and one manifest each; the user and listing are already read
    expect(screen.getByTestId('dig-deeper-cost').textContent).toBe('Reads the files of up to 4 repositories: about 12 requests of your 58 left.');
    const button = screen.getByTestId('dig-deeper') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(onDigDeeper).toHaveBeenCalledTimes(1);
  });

  it('is disabled, with the reason, when the requests left cannot finish it', () => {
    const onDigDeeper = renderQuickRead({ limit: 60, remaining: 11, resetAt: RESET });
    const button = screen.getByTestId('dig-deeper') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByTestId('dig-deeper-cost').textContent).toBe(
      `Not enough GitHub requests left to finish it: it needs about 12, 11 are left until ${timeText(RESET)}.`,
    );
    fireEvent.click(button);
    expect(onDigDeeper).not.toHaveBeenCalled();
  });

  it('with exactly enough left, is offered', () => {
    renderQuickRead({ limit: 60, remaining: 12, resetAt: RESET });
    expect((screen.getByTestId('dig-deeper') as HTMLButtonElement).disabled).toBe(false);
  });

  it('before any limit is known, states its cost alone', () => {
    renderQuickRead(null);
    expect(screen.getByTestId('dig-deeper-cost').textContent).toBe('Reads the files of up to 4 repositories: about 12 requests.');
    expect((screen.getByTestId('dig-deeper') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('the warning on the first screen', () => {
  it('shows "Running low" outside the folded details from a quarter left', () => {
    renderQuickRead({ limit: 60, remaining: 10, resetAt: RESET });
    const notice = screen.getByTestId('budget-low');
    expect(notice.textContent).toBe(`Running low: about 5 quick profiles left this hour (resets ${timeText(RESET)})`);
    expect(notice.closest('details')).toBeNull();
    expect(notice.getAttribute('role')).toBe('status');
  });

  it('shows nothing while more than a quarter is left', () => {
    renderQuickRead({ limit: 60, remaining: 40, resetAt: RESET });
    expect(screen.queryByTestId('budget-low')).toBeNull();
  });
});
