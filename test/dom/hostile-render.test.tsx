/**
 * Hostile profile data in the panel: markup-looking text, script URLs,
 * bidirectional overrides and a 100 KB bio must render as inert text, only
 * http(s) URLs may become links or images, and the card must stay contained.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProfilePanel, type ProfilePanelProps } from '@/components/ProfilePanel';
import { CandidatesView } from '@/components/candidates/CandidatesView';
import { PRESETS } from '@/lib/matrix';
import type { EvidenceSource, SkillEvidence } from '@/lib/schemas/evidence';
import type { GithubProfile, LinkedinProfile } from '@/lib/schemas/profile';
import type { TabState } from '@/lib/evaluation/tab-state';
import type { RequirementResult, ScoreResult } from '@/lib/scoring/schema';
import { candidate, githubProfile, snapshot } from '../unit/candidates/fixtures';

const STYLESHEET = readFileSync(join(import.meta.dirname, '../../entrypoints/sidepanel/style.css'), 'utf8');

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const RLO = '\u202E';
const HOSTILE_NAME = `${RLO}Mallory ${IMG}${SCRIPT}`;
const HOSTILE_BIO_HEAD = `${SCRIPT} ${IMG} <a href="javascript:window.__pwned=1">click</a> <svg onload="window.__pwned=1"></svg> `;
const BIG_BIO = HOSTILE_BIO_HEAD + 'Reliable systems, careful reviews. '.repeat(Math.ceil(100_000 / 35)).slice(0, 100_000);

const BAD_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
] as const;

function badUrl(i: number): string {
  return BAD_URLS[i % BAD_URLS.length] ?? 'javascript:void 0';
}

function source(i: number, overrides: Partial<EvidenceSource> = {}): EvidenceSource {
  return {
    kind: 'manifest',
    origin: 'github',
    repo: `mallory/${IMG}`,
    path: `${SCRIPT}/package.json`,
    detail: `express ${IMG} in package.json ${RLO}evil`,
    url: badUrl(i),
    weight: 0.5,
    date: '2026-01-01',
    ...overrides,
  };
}

const SAFE_SOURCE = source(0, { url: 'https://github.com/mallory/app', repo: 'mallory/app', path: null, detail: 'a safe source' });

const hostileEvidence: SkillEvidence[] = [
  { skill: 'nodejs', strength: 0.8, sources: [SAFE_SOURCE, ...BAD_URLS.map((_, i) => source(i))], lastSeen: '2026-01-01' },
  { skill: 'go', strength: 0.4, sources: [source(3, { path: null, repo: null })], lastSeen: null },
];

function requirement(id: string, status: RequirementResult['status']): RequirementResult {
  return {
    id,
    label: `${id} ${IMG}`,
    priority: 'must',
    kind: 'skill',
    status,
    skill: 'nodejs',
    via: null,
    strength: 0.5,
    sources: BAD_URLS.map((_, i) => source(i + 1)),
    explanation: `Explained ${SCRIPT} ${RLO}reversed`,
    contribution: 10,
    maxContribution: 20,
  };
}

const hostileResult: ScoreResult = {
  matrixId: 'backend-senior',
  overall: 42,
  uncapped: 42,
  cap: null,
  verdict: {
    label: 'weak',
    provisional: false,
    checked: 1,
    mustTotal: 2,
    mustMet: 1,
    missing: [`go ${IMG}`],
    partial: [],
    unchecked: [],
    summary: `1 of 2 must-haves met; go ${IMG} missing`,
    reasons: [],
  },
  requirements: [requirement('nodejs', 'met'), requirement('go', 'missing')],
  mustGaps: ['go'],
  confidence: { level: 'low', basis: `basis ${IMG}` },
  seniority: { band: 'mid', years: 4, basis: `From ${SCRIPT}`, confidence: 'low', from: 'github', sources: [source(5)] },
  questions: {
    gaps: [{ requirementId: 'go', label: `Go ${IMG}`, status: 'missing', weak: false, questions: [{ id: 'q1', text: `Tell me ${SCRIPT}` }] }],
    behavioural: [{ id: 'b1', text: `Describe ${IMG}` }],
  },
};

const hostileGithub: GithubProfile = {
  source: 'github',
  login: 'mallory',
  name: HOSTILE_NAME,
  bio: BIG_BIO,
  avatarUrl: 'javascript:window.__pwned=1',
  company: `@evil ${IMG}`,
  location: `${RLO}Nowhere ${SCRIPT}`,
  website: 'javascript:window.__pwned=1',
  socialLinks: [...BAD_URLS],
  followers: 1,
  following: 1,
  pinned: [{ owner: 'mallory', name: IMG, description: SCRIPT, language: IMG, stars: 1, forks: 0 }],
  contributionsLastYear: null,
  utcOffsetHours: null,
};

function tabState(profile: TabState['profile'], overrides: Partial<TabState> = {}): TabState {
  return {
    version: 1,
    tabId: 7,
    url: 'https://github.com/mallory',
    status: 'ready',
    profile,
    evidence: {
      account: { login: 'mallory', createdAt: null, publicRepos: 1, followers: 1, htmlUrl: 'javascript:window.__pwned=1' },
      reposConsidered: 1,
      languages: [{ language: `Go ${IMG}`, share: 1, repos: 1 }],
      skills: hostileEvidence,
      requests: 2,
      fetchedAt: '2026-01-01T00:00:00.000Z',
    },
    partial: { reason: `rate limit ${SCRIPT}`, resumeAt: Date.now() + 60_000 },
    error: `GitHub said ${IMG}`,
    rateLimit: { limit: 60, remaining: 0, resetAt: Date.now() + 60_000 },
    runId: 'run-1',
    updatedAt: Date.now(),
    ...overrides,
  };
}

function props(state: TabState, overrides: Partial<ProfilePanelProps> = {}): ProfilePanelProps {
  return {
    state,
    result: hostileResult,
    evidence: hostileEvidence,
    roles: [{ id: 'backend-senior', name: `Senior ${IMG}` }],
    roleId: 'backend-senior',
    onRoleChange: vi.fn(),
    links: { github: 'javascript:window.__pwned=1', linkedin: 'data:text/html,<script>window.__pwned=1</script>' },
    merged: true,
    onConnectToken: vi.fn(),
    onRetry: vi.fn(),
    onOpenOptions: vi.fn(),
    rateLimit: null,
    onDigDeeper: vi.fn(),
    ...overrides,
  };
}

type Pwnable = typeof globalThis & { __pwned?: unknown };

/** Everything a recruiter could click or that could run: no script, no handler attribute, no non-http link or image. */
function expectInert(container: HTMLElement): void {
  expect((globalThis as Pwnable).__pwned).toBeUndefined();
  expect(container.querySelectorAll('script, iframe, object, embed, foreignObject')).toHaveLength(0);
  expect(container.querySelectorAll('img[onerror], svg[onload]')).toHaveLength(0);
  for (const el of container.querySelectorAll('*')) {
    const handlers = [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on'));
    expect(handlers.map((a) => `${el.tagName} ${a.name}`)).toEqual([]);
  }
  for (const a of container.querySelectorAll('a')) {
    const href = a.getAttribute('href');
    expect(href, `a link with text "${a.textContent ?? ''}"`).not.toBeNull();
    expect(new URL(href ?? '').protocol).toMatch(/^https?:$/);
  }
  for (const img of container.querySelectorAll('img')) {
    expect(new URL(img.getAttribute('src') ?? '').protocol).toMatch(/^https?:$/);
  }
  for (const el of container.querySelectorAll('[src], [action], [formaction], [xlink\\:href]')) {
    for (const name of ['src', 'action', 'formaction', 'xlink:href']) {
      const value = el.getAttribute(name);
      if (value !== null) expect(value.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
    }
  }
}

let style: HTMLStyleElement;
beforeEach(() => {
  delete (globalThis as Pwnable).__pwned;
  style = document.createElement('style');
  style.textContent = STYLESHEET;
  document.head.append(style);
});
afterEach(() => {
  cleanup();
  style.remove();
});

describe('hostile GitHub profile data in the panel', () => {
  it('shows the name, bio and location as literal text and runs nothing', () => {
    const { container } = render(<ProfilePanel {...props(tabState(hostileGithub))} />);
    expectInert(container);
    expect(screen.getByTestId('profile-name').textContent).toBe(HOSTILE_NAME);
    expect(screen.getByTestId('profile-id').textContent).toBe('mallory');
    expect(container.textContent).toContain(`${RLO}Nowhere ${SCRIPT}`);
    const subtitle = container.querySelector('.subtitle');
    expect(subtitle?.textContent).toBe(BIG_BIO);
    expect(subtitle?.textContent?.startsWith(HOSTILE_BIO_HEAD)).toBe(true);
    // notices and requirement rows keep their markup-looking text as text
    // the partial notice's reason goes through i18n substitution: whatever it says, only its button is an element
    expect([...screen.getByTestId('partial-notice').querySelectorAll('*')].map((el) => el.tagName)).toEqual(['BUTTON']);
    expect(container.textContent).toContain(`Explained ${SCRIPT} ${RLO}reversed`);
    expect(container.textContent).toContain(`Tell me ${SCRIPT}`);
  });

  it('makes links only of http(s) URLs: no avatar, no profile links and no evidence links from script or data URLs', () => {
    const { container } = render(<ProfilePanel {...props(tabState(hostileGithub))} />);
    expectInert(container);
    expect(container.querySelectorAll('.card img')).toHaveLength(0);
    expect(screen.queryByTestId('link-github')).toBeNull();
    expect(screen.queryByTestId('link-linkedin')).toBeNull();
    // the one safe source is still a link a recruiter can open; the hostile ones are plain labels
    const links = screen.getAllByTestId('evidence-link').map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(['https://github.com/mallory/app']));
    // one chip per repository: the hostile repository name is its label, what it proves is listed as plain text in its title
    expect(container.textContent).toContain(`mallory/${IMG}`);
    const chip = Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent?.includes(`mallory/${IMG}`));
    expect(chip?.getAttribute('title')).toContain(`express ${IMG} in package.json`);
  });

  it('keeps http(s) avatar and profile links working beside the hostile text', () => {
    const friendly = { ...hostileGithub, avatarUrl: 'https://avatars.githubusercontent.com/u/1?v=4' };
    const { container } = render(
      <ProfilePanel {...props(tabState(friendly), { links: { github: 'https://github.com/mallory', linkedin: 'https://www.linkedin.com/in/mallory/' } })} />,
    );
    expectInert(container);
    expect(container.querySelector('.card img')?.getAttribute('src')).toBe('https://avatars.githubusercontent.com/u/1?v=4');
    expect(screen.getByTestId('link-github').getAttribute('href')).toBe('https://github.com/mallory');
    expect(screen.getByTestId('link-linkedin').getAttribute('href')).toBe('https://www.linkedin.com/in/mallory/');
  });

  it('renders a 100 KB bio in full but clips it to a bounded, bidi-isolated box', () => {
    const { container } = render(<ProfilePanel {...props(tabState(hostileGithub))} />);
    const subtitle = container.querySelector<HTMLElement>('.subtitle');
    expect(subtitle).not.toBeNull();
    expect(subtitle?.textContent?.length).toBe(BIG_BIO.length);
    const css = getComputedStyle(subtitle as HTMLElement);
    expect(css.maxHeight).toMatch(/^\d+(\.\d+)?(em|px|rem)$/);
    expect(css.maxHeight).not.toBe('none');
    expect(css.overflow).toBe('hidden');
    expect(css.unicodeBidi).toBe('isolate');
    // the name's right-to-left override stays inside its own heading
    expect(getComputedStyle(screen.getByTestId('profile-name')).unicodeBidi).toBe('isolate');
  });

  it('an error with markup-looking text stays text, with the Retry button', () => {
    const state = tabState(hostileGithub, { status: 'error', partial: null, evidence: null });
    const { container } = render(<ProfilePanel {...props(state, { result: null, evidence: [] })} />);
    expectInert(container);
    const error = screen.getByTestId('error');
    expect(error.textContent).toContain(`GitHub said ${IMG}`);
    expect(error.querySelector('button')).not.toBeNull();
  });
});

describe('hostile LinkedIn data in the panel', () => {
  const slug = `robin"><img src=x onerror=alert(1)>?next=javascript:alert(1)#x`;
  const linkedin: LinkedinProfile = {
    source: 'linkedin',
    slug,
    name: `Robin ${IMG}`,
    headline: `${RLO}${SCRIPT} Staff Engineer`,
    location: IMG,
    about: BIG_BIO,
    avatarUrl: 'data:image/svg+xml,<svg onload="window.__pwned=1"/>',
    experience: [{ title: IMG, company: SCRIPT, start: '2020-01', end: null, description: BIG_BIO }],
    education: [],
    skills: [IMG, SCRIPT],
    certifications: [],
    githubUrl: 'javascript:window.__pwned=1',
    experienceComplete: false,
    page: 'main',
    strategies: { [IMG]: 'anchored', experience: 'headings' },
  };

  it('shows the slug literally, and the details link stays on LinkedIn under /in/', () => {
    const state = tabState(linkedin, { url: 'https://www.linkedin.com/in/robin/', evidence: null, partial: null, error: null });
    const { container } = render(<ProfilePanel {...props(state)} />);
    expectInert(container);
    expect(screen.getByTestId('profile-id').textContent).toBe(slug);
    expect(screen.getByTestId('profile-name').textContent).toBe(`Robin ${IMG}`);
    const notice = screen.getByTestId('linkedin-incomplete');
    const href = notice.querySelector('a')?.getAttribute('href') ?? '';
    const url = new URL(href);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('www.linkedin.com');
    expect(url.pathname.startsWith('/in/')).toBe(true);
    expect(url.pathname.endsWith('/details/experience/')).toBe(true);
    // the slug's ?, # and quotes are part of the path, not a query, a fragment or a new attribute
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
    expect(decodeURIComponent(url.pathname)).toBe(`/in/${slug}/details/experience/`);
    // the reading details list the hostile section name as text
    expect(screen.getByTestId('reading-details').textContent).toContain(`${IMG}: anchored`);
  });

  it('a profile Hirelens did not understand says so plainly, with the hostile name as text', () => {
    const state = tabState({ ...linkedin, unrecognised: true }, { url: 'https://www.linkedin.com/in/robin/', evidence: null, partial: null, error: null });
    const { container } = render(<ProfilePanel {...props(state)} />);
    expectInert(container);
    expect(screen.getByTestId('linkedin-unrecognised')).toBeTruthy();
    expect(container.querySelector('.subtitle')?.textContent).toBe(`${RLO}${SCRIPT} Staff Engineer`);
  });
});

describe('hostile data in the candidate list', () => {
  it('shows a saved hostile person as text, with no link from script or data URLs', () => {
    const saved = candidate({
      profiles: { github: githubProfile('mallory', { name: HOSTILE_NAME }) },
      snapshot: snapshot({ overall: 40 }),
      roleId: 'backend-senior',
      stage: 'sourced',
      tags: [IMG, `${RLO}${SCRIPT}`],
      notes: SCRIPT,
    });
    const hostile = { ...saved, githubUrl: 'javascript:window.__pwned=1', linkedinUrl: 'data:text/html,<script>window.__pwned=1</script>' };
    const { container } = render(
      <CandidatesView
        candidates={[hostile]}
        skipped={[]}
        matrices={[...PRESETS]}
        activeMatrixId="backend-senior"
        onOpenProfile={vi.fn()}
        onUpdate={vi.fn(async () => {})}
        onDelete={vi.fn(async () => {})}
        onEraseAll={vi.fn(async () => {})}
        onExportCsv={vi.fn()}
        onExportBackup={vi.fn()}
        onPrepareImport={vi.fn(async () => ({ ok: false as const, error: 'no file in this test' }))}
        onRescoreAll={vi.fn(async () => {})}
      />,
    );
    expectInert(container);
    // a saved name keeps its markup-looking text, as text; its right-to-left override was taken out when saved (lib/safe-text.ts)
    expect(screen.getByTestId('candidate-name').textContent).toBe(HOSTILE_NAME.replace(RLO, ''));
    expect(screen.getAllByTestId('candidate-tag').map((el) => el.textContent)).toEqual([IMG, `${RLO}${SCRIPT}`]);
    expect(screen.queryByTestId('open-github')).toBeNull();
    expect(screen.queryByTestId('open-linkedin')).toBeNull();
  });
});
