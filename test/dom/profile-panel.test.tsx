/**
 * The profile view as a recruiter reads it: the verdict card first (label and
 * score or "not enough to judge", seniority, each gap named, the strongest
 * evidence, the first question, Save beside its stage), then the gaps with
 * their questions, the met rows one line each, the details folded; the token
 * link when there is no token; Copy summary; a page that is not a person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ProfilePanel, type ProfilePanelProps } from '@/components/ProfilePanel';
import { SaveCandidateForm } from '@/components/profile/SaveCandidateForm';
import { TOKEN_CREATE_URL } from '@/components/profile/TokenPrompt';
import { evaluatePerson } from '@/lib/evaluation/evaluate-person';
import type { TabState } from '@/lib/evaluation/tab-state';
import { PRESETS } from '@/lib/matrix/presets';
import { scoreCandidate } from '@/lib/scoring/score';
import type { ScoreResult } from '@/lib/scoring/schema';
import { NOW, githubEvidence, githubPage, persona, readingsOf } from '../unit/calibration/personas';
import { linkedinProfile } from '../support/profiles';
import { unscoredPanelProps } from '../support/panel-state';

const STYLESHEET = readFileSync(join(import.meta.dirname, '../../entrypoints/sidepanel/style.css'), 'utf8');
let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = STYLESHEET;
  document.head.append(style);
});
afterEach(() => {
  cleanup();
  style.remove();
});

type Plan = 'quick' | 'deep';

function scored(id: string, plan: Plan, preset = 'backend-senior') {
  const evaluation = evaluatePerson(readingsOf(persona(id), plan), NOW);
  const matrix = PRESETS.find((m) => m.id === preset)!;
  return { evaluation, result: scoreCandidate(evaluation, matrix, NOW) };
}

function githubState(id: string, plan: Plan, overrides: Partial<TabState> = {}): TabState {
  const spec = persona(id).github!;
  const { evaluation } = scored(id, plan);
  return {
    version: 1,
    tabId: 3,
    url: `https://github.com/${spec.login}`,
    status: 'ready',
    profile: { ...githubPage(spec), name: 'Ana Silva', location: 'Lisbon' },
    evidence: githubEvidence(spec, plan),
    evaluation,
    partial: null,
    error: null,
    rateLimit: { limit: 60, remaining: 52, resetAt: NOW.getTime() + 3_600_000 },
    runId: 'r1',
    updatedAt: NOW.getTime(),
    ...overrides,
  };
}

function props(state: TabState | null, result: ScoreResult | null, overrides: Partial<ProfilePanelProps> = {}): ProfilePanelProps {
  return {
    ...unscoredPanelProps(state, {
      result,
      evidence: state?.evaluation?.evidence ?? [],
      roles: PRESETS.map((m) => ({ id: m.id, name: m.name })),
      roleId: result?.matrixId ?? 'backend-senior',
      links: { github: 'https://github.com/ana-dev', linkedin: null },
      onCopy: vi.fn(async () => true),
    }),
    ...overrides,
  };
}

function renderPersona(id: string, plan: Plan, overrides: Partial<ProfilePanelProps> = {}, preset = 'backend-senior') {
  const { result } = scored(id, plan, preset);
  const state = githubState(id, plan);
  render(<ProfilePanel {...props(state, result, { roleId: preset, ...overrides })} />);
  return result;
}

describe('the verdict card', () => {
  it('a strong match: label, score, seniority, the must-haves counted, the strongest evidence and a question to ask', () => {
    const result = renderPersona('senior-go', 'deep', {}, 'backend-junior');
    const card = screen.getByTestId('verdict');
    expect(card.dataset.verdict).toBe('strong');
    expect(card.dataset.provisional).toBe('false');
    expect(card.className).toContain('tone-strong');
    expect(within(card).getByTestId('overall-score').textContent).toBe(String(result.overall));
    expect(within(card).getByTestId('seniority').dataset.band).toBe(result.seniority.band);
    expect(within(card).getByTestId('verdict-summary').textContent).toBe(`${result.verdict.mustMet} of ${result.verdict.mustTotal} must-haves met`);
    const evidence = within(card).getAllByTestId('top-evidence-item');
    expect(evidence.length).toBeGreaterThanOrEqual(2);
    expect(evidence.length).toBeLessThanOrEqual(3);
    expect(within(card).getByTestId('first-question').textContent?.length).toBeGreaterThan(20);
  });

  it('a provisional read names every must-have not checked, in yellow, and the score stays', () => {
    const result = renderPersona('senior-go', 'quick');
    const card = screen.getByTestId('verdict');
    expect(card.dataset.provisional).toBe('true');
    expect(result.verdict.unchecked.length).toBeGreaterThan(0);
    for (const label of result.verdict.unchecked) expect(within(card).getByTestId('verdict-unchecked').textContent).toContain(label);
    expect(within(card).getByTestId('provisional').className).toContain('incomplete-mark');
    expect(within(card).getByTestId('overall-score')).toBeTruthy();
  });

  it('a weak match names each missing must-have in the card', () => {
    const result = renderPersona('frontend', 'deep');
    const card = screen.getByTestId('verdict');
    expect(card.dataset.verdict).toBe('weak');
    expect(result.verdict.missing.length).toBeGreaterThan(0);
    for (const label of result.verdict.missing) expect(card.textContent).toContain(label);
    expect(card.className).toContain('tone-weak');
  });

  it('not enough to judge: no number, the reasons, and still a Save', () => {
    const { result } = scored('thin', 'quick');
    const state = githubState('thin', 'quick');
    render(<ProfilePanel {...props(state, result, { saveSlot: <SaveCandidateForm saved={null} onSave={vi.fn(async () => ({ ok: true as const, created: true, saved: { revision: 1, stage: 'sourced' as const, tags: [], notes: '' } }))} /> })} />);
    const card = screen.getByTestId('verdict');
    expect(card.dataset.verdict).toBe('insufficient');
    expect(within(card).queryByTestId('overall-score')).toBeNull();
    expect(within(card).getAllByTestId('verdict-reason').length).toBeGreaterThan(0);
    expect(within(card).getByTestId('save-candidate')).toBeTruthy();
  });

  it('puts Save and its stage picker side by side inside the card, with Copy summary', () => {
    renderPersona('senior-go', 'deep', { saveSlot: <SaveCandidateForm saved={null} onSave={vi.fn(async () => ({ ok: true as const, created: true, saved: { revision: 1, stage: 'sourced' as const, tags: [], notes: '' } }))} /> });
    const card = screen.getByTestId('verdict');
    const save = within(card).getByTestId('save-candidate');
    expect(save.parentElement).toBe(within(card).getByTestId('save-stage').parentElement);
    expect(within(card).getByTestId('copy-summary')).toBeTruthy();
  });
});

describe('below the card: gaps first, met rows one line each, details folded', () => {
  it('lists must-have gaps in full with two questions and more on demand; every matrix row once', () => {
    const result = renderPersona('junior-django', 'deep');
    const gaps = within(screen.getByTestId('gaps-section')).getAllByTestId('requirement');
    const expected = result.requirements.filter((r) => r.priority === 'must' && r.status !== 'met').map((r) => r.id);
    expect(gaps.map((g) => g.dataset.requirement)).toEqual(expected);
    const first = gaps[0]!;
    expect(within(first).getAllByTestId('interview-question')).toHaveLength(2);
    fireEvent.click(within(first).getByTestId('more-questions'));
    expect(within(first).getAllByTestId('interview-question')).toHaveLength(3);
    // every row of the matrix once, with its label
    const all = screen.getAllByTestId('requirement');
    expect(all.map((r) => r.dataset.requirement).sort()).toEqual(result.requirements.map((r) => r.id).sort());
    for (const row of all) expect(within(row).getByTestId('requirement-label').textContent).toBeTruthy();
  });

  it('shows a met row on one line ("Go · strong · 7 repositories"), opening to its evidence', () => {
    renderPersona('senior-go', 'deep', {}, 'backend-junior');
    const met = within(screen.getByTestId('met-section')).getAllByTestId('requirement');
    expect(met.every((r) => r.dataset.status === 'met')).toBe(true);
    const language = met.find((r) => r.dataset.requirement === 'primary-language')!;
    const summary = language.querySelector('summary')!;
    expect(summary.textContent).toMatch(/Go · (strong|solid) · \d+ repositor/);
    expect(language.querySelector('details')!.open).toBe(false);
    expect(within(language).getAllByTestId('evidence-link').length).toBeGreaterThan(0);
  });

  it('keeps seniority basis, languages, skills and the request counter in a folded Details', () => {
    const { result } = scored('senior-go', 'deep');
    const state = githubState('senior-go', 'deep');
    const evidence = { ...state.evidence!, languages: [{ language: 'Go', share: 0.8, repos: 7 }] };
    render(<ProfilePanel {...props({ ...state, evidence }, result, { rateLimit: { limit: 60, remaining: 40, resetAt: NOW.getTime() } })} />);
    const details = screen.getByTestId('profile-details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(within(details).getByTestId('seniority-basis')).toBeTruthy();
    expect(within(details).getAllByTestId('language').length).toBeGreaterThan(0);
    expect(within(details).getAllByTestId('skill-evidence').length).toBeGreaterThan(0);
    expect(within(details).getByTestId('rate-limit').dataset.remaining).toBe('40');
  });

  it('marks a row not checked in yellow (incomplete data), a partly shown one in the score scale', () => {
    renderPersona('senior-go', 'quick');
    const rows = screen.getAllByTestId('requirement');
    for (const row of rows.filter((r) => r.dataset.status === 'unchecked')) expect(row.className).toContain('tone-incomplete');
    for (const row of rows.filter((r) => r.dataset.status === 'partial')) expect(row.className).toContain('tone-possible');
    for (const row of rows.filter((r) => r.dataset.status === 'met')) expect(row.className).toContain('tone-strong');
  });
});

describe('a GitHub token', () => {
  it('with none set, links to GitHub’s token page, says what it gives and offers a paste box in the panel', () => {
    renderPersona('senior-go', 'quick', { hasToken: false });
    const link = screen.getByTestId('token-create');
    expect(link.getAttribute('href')).toBe(TOKEN_CREATE_URL);
    expect(link.getAttribute('href')).toBe('https://github.com/settings/personal-access-tokens/new');
    expect(screen.getByTestId('token-prompt').textContent).toMatch(/5,000/);
    expect(screen.getByTestId('panel-token-input')).toBeTruthy();
    expect(screen.getByTestId('panel-token-save').textContent).toBe('Connect');
  });

  it('a pasted token that GitHub accepts: the prompt gives way to who is connected, and the profile is read again', async () => {
    const onRetry = vi.fn();
    const onConnectToken = vi.fn(async () => ({ kind: 'connected' as const, login: 'ana-recruits', limit: 5000 }));
    const { rerender } = render(<ProfilePanel {...props(githubState('senior-go', 'quick'), scored('senior-go', 'quick').result, { hasToken: false, onRetry, onConnectToken })} />);
    fireEvent.change(screen.getByTestId('panel-token-input'), { target: { value: ' github_pat_abc ' } });
    fireEvent.click(screen.getByTestId('panel-token-save'));
    await waitFor(() => expect(screen.getByTestId('token-connected').textContent).toBe('Connected as @ana-recruits · 5,000 lookups an hour'));
    expect(onConnectToken).toHaveBeenCalledWith(' github_pat_abc ');
    expect(screen.queryByTestId('token-prompt')).toBeNull();
    expect(onRetry).toHaveBeenCalledTimes(1);
    // the saved token makes the panel know there is one: the connected line stays
    rerender(<ProfilePanel {...props(githubState('senior-go', 'quick'), scored('senior-go', 'quick').result, { hasToken: true, onRetry, onConnectToken })} />);
    expect(screen.getByTestId('token-connected')).toBeTruthy();
  });

  it.each([
    ['bad-token', /GitHub does not accept this token/],
    ['network', /GitHub could not be reached, so the token was not checked or saved/],
    ['paused', /GitHub has paused lookups for now, so the token was not checked or saved: paused until 17:05/],
  ] as const)('a %s failure says so, keeps the typed token and the prompt', async (problem, message) => {
    const onRetry = vi.fn();
    const onConnectToken = vi.fn(async () => ({ kind: 'error' as const, problem, detail: 'paused until 17:05' }));
    renderPersona('senior-go', 'quick', { hasToken: false, onRetry, onConnectToken });
    const input = screen.getByTestId('panel-token-input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'github_pat_typo' } });
    fireEvent.click(screen.getByTestId('panel-token-save'));
    const status = await screen.findByTestId('panel-token-status');
    expect(status.textContent).toMatch(message);
    expect(status.getAttribute('role')).toBe('alert');
    expect(input.value).toBe('github_pat_typo');
    expect(screen.getByTestId('token-prompt')).toBeTruthy();
    expect(screen.queryByTestId('token-connected')).toBeNull();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('with one set (or not known yet), says nothing about it', () => {
    renderPersona('senior-go', 'deep', { hasToken: true });
    expect(screen.queryByTestId('token-create')).toBeNull();
    cleanup();
    renderPersona('senior-go', 'deep', { hasToken: null });
    expect(screen.queryByTestId('token-create')).toBeNull();
  });
});

describe('Copy summary', () => {
  it('puts the name, links, verdict with its gaps and the questions on the clipboard, as Markdown or plain text', async () => {
    const onCopy = vi.fn(async (_text: string) => true);
    const result = renderPersona('junior-django', 'deep', { onCopy });
    fireEvent.click(screen.getByTestId('copy-summary'));
    await waitFor(() => expect(onCopy).toHaveBeenCalledTimes(1));
    const markdown = onCopy.mock.calls[0]![0] as string;
    expect(markdown).toContain('**Ana Silva**');
    expect(markdown).toContain('https://github.com/ana-dev');
    for (const gap of result.verdict.missing) expect(markdown).toContain(gap);
    expect(await screen.findByTestId('copy-status')).toBeTruthy();

    fireEvent.change(screen.getByTestId('copy-format'), { target: { value: 'plain' } });
    fireEvent.click(screen.getByTestId('copy-summary'));
    await waitFor(() => expect(onCopy).toHaveBeenCalledTimes(2));
    expect(onCopy.mock.calls[1]![0]).not.toContain('**');
  });

  it('says so when the browser would not copy', async () => {
    renderPersona('senior-go', 'deep', { onCopy: vi.fn(async () => false) });
    fireEvent.click(screen.getByTestId('copy-summary'));
    expect((await screen.findByTestId('copy-status')).getAttribute('role')).toBe('alert');
  });
});

describe('saving', () => {
  it('saves with the stage chosen beside the button and confirms right there', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const, created: true, saved: { revision: 1, stage: 'screening' as const, tags: [], notes: '' } }));
    render(<SaveCandidateForm saved={null} onSave={onSave} />);
    fireEvent.change(screen.getByTestId('save-stage'), { target: { value: 'screening' } });
    fireEvent.click(screen.getByTestId('save-candidate'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ stage: 'screening', tags: [], notes: '', name: null, headline: null, expectedRevision: 0 }));
    const status = await screen.findByTestId('save-status');
    expect(status.previousElementSibling?.className).toBe('save-row');
  });

  it('opens tags and notes in place, with their own Save', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const, created: false, saved: { revision: 5, stage: 'contacted' as const, tags: ['go', 'remote'], notes: 'call Monday' } }));
    render(<SaveCandidateForm saved={{ stage: 'contacted', tags: ['go'], notes: '', updatedAt: '2026-10-01T10:00:00.000Z', revision: 4 }} onSave={onSave} />);
    expect((screen.getByTestId('save-stage') as HTMLSelectElement).value).toBe('contacted');
    fireEvent.click(screen.getByTestId('save-details-toggle'));
    fireEvent.change(screen.getByTestId('save-tags'), { target: { value: 'go, remote' } });
    fireEvent.change(screen.getByTestId('save-notes'), { target: { value: 'call Monday' } });
    fireEvent.click(screen.getByTestId('save-details-save'));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ stage: 'contacted', tags: ['go', 'remote'], notes: 'call Monday', name: null, headline: null, expectedRevision: 4 }));
    // the confirmation is inside the open panel, where the recruiter pressed Save
    expect((await screen.findByTestId('save-status')).closest('.save-details')).not.toBeNull();
  });
});

describe('pages without a judgeable person', () => {
  it('a page under a profile address that is not a person: the note, no person, no score, no Save', () => {
    const state: TabState = {
      ...githubState('senior-go', 'deep'),
      url: 'https://www.linkedin.com/in/nobody/',
      status: 'idle',
      profile: null,
      evidence: null,
      evaluation: null,
      note: { kind: 'not-found', note: 'LinkedIn says this profile does not exist: check the address.' },
    };
    render(<ProfilePanel {...props(state, null, { hasToken: true })} />);
    expect(screen.getByTestId('page-note').textContent).toBe('LinkedIn says this profile does not exist: check the address.');
    expect(screen.queryByTestId('profile-name')).toBeNull();
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByTestId('save-candidate')).toBeNull();
  });

  it('a LinkedIn page that was not understood asks for the name and headline inline, under the heading', () => {
    const onCorrectionsChange = vi.fn();
    const state: TabState = {
      ...githubState('senior-go', 'deep'),
      url: 'https://www.linkedin.com/in/mystery/',
      profile: linkedinProfile('mystery', { unrecognised: true }),
      evidence: null,
    };
    render(<ProfilePanel {...props(state, null, { corrections: { name: '', headline: '' }, onCorrectionsChange })} />);
    const name = screen.getByTestId('correct-name');
    expect(name.closest('[data-testid="corrections"]')).not.toBeNull();
    fireEvent.change(name, { target: { value: 'Mara Lindqvist' } });
    expect(onCorrectionsChange).toHaveBeenCalledWith({ name: 'Mara Lindqvist', headline: '' });
    expect(screen.getByTestId('correct-headline')).toBeTruthy();
  });
});
