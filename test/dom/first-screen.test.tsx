/**
 * The first screen the panel's first script paints before React loads says
 * what React's verdict card says, word for word, in every verdict state; it
 * holds the name while the verdict is not known; and React's view replaces it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { ScoreSummary } from '@/components/profile/ScoreSummary';
import { FIRST_SCREEN_ID, paintFirstScreen } from '@/components/shell/first-screen-shell';
import { handOffFirstScreen } from '@/components/shell/hand-off';
import { evaluatePerson } from '@/lib/evaluation/evaluate-person';
import { PRESETS } from '@/lib/matrix/presets';
import { scoreCandidate } from '@/lib/scoring/score';
import { firstScreenOf } from '@/lib/summary/verdict-card';
import { NOW, githubPage, linkedinPage, persona, readingsOf } from '../unit/calibration/personas';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const NAV = ['Profile', 'Candidates', 'Bulk', 'Roles'];

function scored(id: string, plan: 'quick' | 'deep' | null, preset = 'backend-senior') {
  const matrix = PRESETS.find((m) => m.id === preset)!;
  const result = scoreCandidate(evaluatePerson(readingsOf(persona(id), plan), NOW), matrix, NOW);
  return { result, matrix };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());

describe('the painted first screen and React’s verdict card', () => {
  // a strong deep read, a provisional quick read, a weak one, one with not enough to judge, a LinkedIn-only person
  const cases: [string, 'quick' | 'deep' | null][] = [
    ['senior-go', 'deep'],
    ['senior-go', 'quick'],
    ['frontend', 'deep'],
    ['thin', 'quick'],
    ['senior-linkedin-only', null],
  ];
  it.each(cases)('say the same for %s (%s read)', (id, plan) => {
    const { result, matrix } = scored(id, plan);
    const p = persona(id);
    const profile = p.github ? githubPage(p.github) : linkedinPage(p.linkedin!.slug, p.linkedin!.experience);
    const screen = firstScreenOf({ profile, result, matrixName: matrix.name, tabUpdatedAt: 1 });
    const host = document.createElement('div');
    document.body.append(host);
    paintFirstScreen(host, { nav: NAV, screen, name: null, reading: 'Reading…' });
    const painted = host.querySelector('[data-first-screen="verdict"]')!;
    const react = render(<ScoreSummary result={result} matrixName={matrix.name} />).getByTestId('verdict');

    expect(painted.getAttribute('data-verdict')).toBe(react.getAttribute('data-verdict'));
    for (const selector of ['.verdict-name', '.score-number', '.verdict-role', '.incomplete-mark', '.verdict-subhead', '.verdict-gaps li', '.verdict-reasons li', '.verdict-evidence li', '.verdict-question']) {
      expect(texts(painted, selector), selector).toEqual(texts(react, selector));
    }
    // the seniority line: React shows the note after the words, the painted copy the same text
    expect(texts(painted, '.verdict-line')).toEqual(texts(react, '.verdict-line'));
    // the gaps a recruiter reads first are named in both
    for (const gap of [...result.verdict.missing, ...result.verdict.partial, ...result.verdict.unchecked]) expect(painted.textContent).toContain(gap);
    expect(host.querySelector('h1')?.textContent).toBe(profile.name ?? (profile.source === 'github' ? profile.login : profile.slug));
  });

  it('cover at least a strong, a weak and a not-enough-to-judge verdict', () => {
    const labels = new Set(cases.map(([id, plan]) => scored(id, plan).result.verdict.label));
    expect(labels).toContain('strong');
    expect(labels).toContain('insufficient');
    expect([...labels].some((l) => l === 'weak' || l === 'possible')).toBe(true);
  });
});

describe('before the verdict is known', () => {
  it('shows the name with a reading line, and no verdict', () => {
    const host = document.createElement('div');
    document.body.append(host);
    paintFirstScreen(host, { nav: NAV, screen: null, name: 'Ana Silva', reading: 'Reading the profile…' });
    expect(host.querySelector('[data-first-screen="name"]')?.textContent).toBe('Ana Silva');
    expect(host.querySelector('[data-first-screen="verdict"]')).toBeNull();
    expect(host.textContent).toContain('Reading the profile…');
    expect(texts(host, '.nav-item')).toEqual(NAV);
  });

  it('shows only the tabs’ row for a tab with no person', () => {
    const host = document.createElement('div');
    document.body.append(host);
    paintFirstScreen(host, { nav: NAV, screen: null, name: null, reading: 'Reading…' });
    expect(host.querySelector('h1')).toBeNull();
    expect(host.textContent).toBe(NAV.join(''));
  });

  it('sets names as text, never as markup', () => {
    const host = document.createElement('div');
    document.body.append(host);
    paintFirstScreen(host, { nav: NAV, screen: null, name: '<img src=x onerror=alert(1)>', reading: 'Reading…' });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the hand-off to React', () => {
  it('removes the painted copy and shows React’s root', () => {
    const shell = document.createElement('div');
    shell.id = FIRST_SCREEN_ID;
    const root = document.createElement('div');
    root.id = 'root';
    root.hidden = true;
    document.body.append(shell, root);
    handOffFirstScreen();
    expect(document.getElementById(FIRST_SCREEN_ID)).toBeNull();
    expect(root.hidden).toBe(false);
    // again, harmlessly
    handOffFirstScreen();
    expect(root.hidden).toBe(false);
  });
});
