import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CandidatesView, type CandidatesViewProps } from '@/components/candidates/CandidatesView';
import { DEFAULT_VIEWPORT, EDITOR_EXTRA, ROW_HEIGHT } from '@/components/candidates/CandidateList';
import type { Candidate, Stage } from '@/lib/candidates/schema';
import { candidate, githubProfile, snapshot } from '../unit/candidates/fixtures';
import { candidatesViewProps } from '../support/candidates-view-props';

afterEach(cleanup);

interface Person {
  login: string;
  name: string;
  score: number;
  stage?: Stage;
  tags?: string[];
  notes?: string;
  roleId?: string;
  saved?: string;
  skills?: string[];
}

function person(p: Person): Candidate {
  const roleId = p.roleId ?? 'backend-senior';
  return candidate(
    {
      profiles: { github: githubProfile(p.login, { name: p.name }) },
      snapshot: snapshot({ overall: p.score, matrixId: roleId, skills: (p.skills ?? []).map((skill) => ({ skill, strength: 0.6 })) }),
      roleId,
      stage: p.stage ?? 'sourced',
      tags: p.tags ?? [],
      notes: p.notes ?? '',
    },
    p.saved ?? '2025-03-01T10:00:00.000Z',
  );
}

const ANA = person({ login: 'ana-dev', name: 'Ana Silva', score: 81, stage: 'screening', tags: ['remote'], roleId: 'backend-senior', saved: '2025-01-10T09:00:00.000Z', skills: ['python'] });
const ZOE = person({ login: 'zoe-k', name: 'Zoë Kowalski', score: 64, stage: 'offer', tags: ['Priority', 'remote'], roleId: 'backend-mid', saved: '2025-03-05T09:00:00.000Z', notes: 'Met at PyCon, strong on Kafka' });
const BJORN = person({ login: 'bjorn', name: 'Bjørn Haddad', score: 37, stage: 'sourced', roleId: 'backend-junior', saved: '2025-02-20T09:00:00.000Z', skills: ['kubernetes'] });

function props(overrides: Partial<CandidatesViewProps> = {}): CandidatesViewProps {
  return candidatesViewProps([ANA, ZOE, BJORN], { ...overrides });
}

function shownIds(): string[] {
  return screen.queryAllByTestId('candidate-row').map((el) => el.dataset.id ?? '');
}

function search(text: string) {
  fireEvent.change(screen.getByTestId('candidate-search'), { target: { value: text } });
}

function pick(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('the candidate list', () => {
  it('shows one row per candidate with name, login, score, band, stage, tags, role and date saved; best score first', () => {
    render(<CandidatesView {...props()} />);
    expect(shownIds()).toEqual([ANA.id, ZOE.id, BJORN.id]);
    const row = screen.getAllByTestId('candidate-row')[1]!;
    const r = within(row);
    expect(r.getByTestId('candidate-name').textContent).toBe('Zoë Kowalski');
    expect(r.getByTestId('candidate-handle').textContent).toBe('zoe-k');
    expect(r.getByTestId('candidate-score').textContent).toContain('64');
    expect(r.getByTestId('candidate-score').dataset.band).toBe('senior');
    // the stage is changed in the row itself
    const stage = r.getByTestId('candidate-stage') as HTMLSelectElement;
    expect(stage.value).toBe('offer');
    expect(stage.selectedOptions[0]?.textContent).toBe('Offer');
    expect(r.getByTestId('candidate-role').textContent).toBe('Backend engineer (mid-level)');
    expect(r.getAllByTestId('candidate-tag').map((el) => el.textContent)).toEqual(['Priority', 'remote']);
    expect(r.getByTestId('candidate-saved').getAttribute('datetime')).toBe('2025-03-05T09:00:00.000Z');
    expect(screen.getByTestId('candidates-count').dataset.shown).toBe('3');
  });

  it('search narrows the rows: by name without accents, login, tag, notes and skill', () => {
    render(<CandidatesView {...props()} />);
    search('zoe');
    expect(shownIds()).toEqual([ZOE.id]);
    search('BJORN');
    expect(shownIds()).toEqual([BJORN.id]);
    search('kafka'); // in Zoë's notes
    expect(shownIds()).toEqual([ZOE.id]);
    search('remote');
    expect(shownIds()).toEqual([ANA.id, ZOE.id]);
    search('kubernetes'); // a skill
    expect(shownIds()).toEqual([BJORN.id]);
    search('nobody-like-this');
    expect(shownIds()).toEqual([]);
    expect(screen.getByTestId('candidates-no-match')).toBeTruthy();
    fireEvent.click(screen.getByTestId('filters-clear'));
    expect(shownIds()).toHaveLength(3);
  });

  it('filters by role, stage, tag and minimum score, together', () => {
    render(<CandidatesView {...props()} />);
    pick('filter-role', 'backend-mid');
    expect(shownIds()).toEqual([ZOE.id]);
    pick('filter-role', '');
    pick('filter-stage', 'sourced');
    expect(shownIds()).toEqual([BJORN.id]);
    pick('filter-stage', '');
    pick('filter-tag', 'remote');
    expect(shownIds()).toEqual([ANA.id, ZOE.id]);
    pick('filter-min-score', '70');
    expect(shownIds()).toEqual([ANA.id]);
    pick('filter-tag', '');
    pick('filter-min-score', '30');
    expect(shownIds()).toEqual([ANA.id, ZOE.id, BJORN.id]);
  });

  it('offers each tag in use once, and every matrix as a role', () => {
    render(<CandidatesView {...props()} />);
    const tags = [...screen.getByTestId('filter-tag').querySelectorAll('option')].map((o) => o.value);
    expect(tags).toEqual(['', 'Priority', 'remote']);
    const roles = [...screen.getByTestId('filter-role').querySelectorAll('option')].map((o) => o.value);
    expect(roles).toEqual(['', 'backend-junior', 'backend-mid', 'backend-senior']);
  });

  it('sorts by score, date saved or name, and reverses', () => {
    render(<CandidatesView {...props()} />);
    pick('sort-by', 'saved');
    expect(shownIds()).toEqual([ZOE.id, BJORN.id, ANA.id]); // newest first
    pick('sort-by', 'name');
    expect(shownIds()).toEqual([ANA.id, BJORN.id, ZOE.id]); // A→Z, accents folded
    fireEvent.click(screen.getByTestId('sort-direction'));
    expect(shownIds()).toEqual([ZOE.id, BJORN.id, ANA.id]);
    pick('sort-by', 'score');
    expect(shownIds()).toEqual([ANA.id, ZOE.id, BJORN.id]); // a new sort starts in its natural order
    fireEvent.click(screen.getByTestId('sort-direction'));
    expect(shownIds()).toEqual([BJORN.id, ZOE.id, ANA.id]);
  });

  it('opens a profile through the panel', () => {
    const p = props();
    render(<CandidatesView {...p} />);
    const link = within(screen.getAllByTestId('candidate-row')[0]!).getByTestId('open-github');
    expect(link.getAttribute('href')).toBe('https://github.com/ana-dev');
    fireEvent.click(link);
    expect(p.onOpenProfile).toHaveBeenCalledWith('https://github.com/ana-dev');
  });

  it('an open editor pushes the rows below it down by its height', () => {
    render(<CandidatesView {...props()} />);
    const top = (id: string) => screen.getAllByTestId('candidate-row').find((el) => el.dataset.id === id)!.style.top;
    expect([top(ANA.id), top(ZOE.id), top(BJORN.id)]).toEqual(['0px', `${ROW_HEIGHT}px`, `${2 * ROW_HEIGHT}px`]);
    fireEvent.click(within(screen.getAllByTestId('candidate-row')[1]!).getByTestId('candidate-edit'));
    expect([top(ANA.id), top(ZOE.id), top(BJORN.id)]).toEqual(['0px', `${ROW_HEIGHT}px`, `${2 * ROW_HEIGHT + EDITOR_EXTRA}px`]);
  });

  it('tells when nothing is saved yet', () => {
    render(<CandidatesView {...props({ candidates: [] })} />);
    expect(screen.getByTestId('candidates-empty')).toBeTruthy();
    expect(shownIds()).toEqual([]);
  });
});

describe('10,000 candidates', () => {
  const many: Candidate[] = [];
  for (let i = 0; i < 10_000; i++) {
    many.push(person({ login: `dev-${i}`, name: `Person ${String(i).padStart(5, '0')}`, score: 100 - Math.floor(i / 100), saved: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }));
  }

  it('renders only the rows in view, and scrolling the page shows later rows (the list has no scroll box of its own)', () => {
    render(<CandidatesView {...props({ candidates: many })} />);
    pick('sort-by', 'name'); // "Person 00000" … "Person 09999"
    const firstRows = shownIds();
    expect(firstRows.length).toBeGreaterThan(0);
    expect(firstRows.length).toBeLessThan(Math.ceil(DEFAULT_VIEWPORT / ROW_HEIGHT) + 20);
    expect(firstRows).toContain(many[0]!.id);
    expect(screen.getByTestId('candidates-count').dataset.shown).toBe('10000');

    // the list's full height is there to scroll through
    const list = screen.getByTestId('candidate-list');
    const spacer = list.querySelector('ul') as HTMLElement;
    expect(spacer.style.height).toBe(`${10_000 * ROW_HEIGHT}px`);

    // the page scrolls: row 5000 sits 5000 rows down
    const target = many[5000]!;
    spacer.getBoundingClientRect = () => ({ top: -5000 * ROW_HEIGHT, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.scroll(window);
    const after = shownIds();
    expect(after).toContain(target.id);
    // the rows before are gone; only the keyboard's row (the first, holding the tab stop) stays
    expect(after).not.toContain(many[1]!.id);
    expect(after.filter((id) => id === many[0]!.id)).toHaveLength(1);
    expect(after.length).toBeLessThan(Math.ceil(DEFAULT_VIEWPORT / ROW_HEIGHT) + 20);
    const row = screen.getAllByTestId('candidate-row').find((el) => el.dataset.id === target.id)!;
    expect(row.style.top).toBe(`${5000 * ROW_HEIGHT}px`);
    expect(row.getAttribute('aria-posinset')).toBe('5001');
    expect(row.getAttribute('aria-setsize')).toBe('10000');
    // no scroll container inside the page
    expect(getComputedStyle(list).overflowY).not.toBe('auto');
  });

  it('a search for a name finds that one candidate wherever it is in the list', () => {
    render(<CandidatesView {...props({ candidates: many })} />);
    search('Person 09876');
    expect(shownIds()).toEqual([many[9876]!.id]);
  });
});

describe('untrusted text', () => {
  it('renders hostile names, tags and notes as text, and never makes a javascript: URL a link', () => {
    const hostile: Candidate = {
      ...person({ login: 'evil', name: '<img src=x onerror="alert(1)">Eve', score: 50, tags: ['<b>bold</b>'], notes: '<script>alert(2)</script>' }),
      githubUrl: 'javascript:alert(3)',
      linkedinUrl: 'https://www.linkedin.com/in/eve/',
    };
    const { container } = render(<CandidatesView {...props({ candidates: [hostile] })} />);
    const row = screen.getByTestId('candidate-row');
    expect(within(row).getByTestId('candidate-name').textContent).toBe('<img src=x onerror="alert(1)">Eve');
    expect(within(row).getByTestId('candidate-tag').textContent).toBe('<b>bold</b>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(within(row).queryByTestId('open-github')).toBeNull();
    expect(within(row).getByTestId('open-linkedin').getAttribute('href')).toBe('https://www.linkedin.com/in/eve/');
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').toMatch(/^https?:/);

    fireEvent.click(within(row).getByTestId('candidate-edit'));
    expect((screen.getByTestId('edit-notes') as HTMLTextAreaElement).value).toBe('<script>alert(2)</script>');
    expect(container.querySelector('script')).toBeNull();
  });
});
