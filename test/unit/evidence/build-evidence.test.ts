import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { evaluateGithub } from '@/lib/evaluation/gather-github';
import { buildSkillEvidence } from '@/lib/evidence/build-evidence';
import { githubActivity } from '@/lib/evidence/activity';
import { languageShares } from '@/lib/evidence/repo-languages';
import { ApiRepo, ApiUser } from '@/lib/github/api-schemas';
import type { GatheredGithub } from '@/lib/github/gathered';
import type { SkillEvidence } from '@/lib/schemas/evidence';
import { createApiDouble } from '@/test/support/api-double';
import { MONA, makeAccount, makeRepo } from '@/test/support/accounts';

const NOW = Date.parse('2026-11-20T12:00:00Z');

async function monaEvidence(plan: 'quick' | 'deep', token: string | null = null) {
  const double = createApiDouble({ accounts: [MONA], rateLimit: 5000 });
  const r = await evaluateGithub({ login: 'mona-dev', now: NOW, fetch: double.fetch, plan, token, timeScale: 1 });
  if (!r.ok) throw new Error(r.error);
  return r.evidence;
}

function skill(list: SkillEvidence[], id: string): SkillEvidence | undefined {
  return list.find((s) => s.skill === id);
}

describe('what a recruiter sees for Mona', () => {
  test('quick plan: languages and topics, each with a repository link', async () => {
    const e = await monaEvidence('quick');
    expect(skill(e.skills, 'go')?.strength).toBeGreaterThan(0.3);
    expect(skill(e.skills, 'terraform')).toBeDefined();
    expect(skill(e.skills, 'postgresql')?.sources[0]?.url).toBe('https://github.com/mona-dev/orbit-api');
    for (const s of e.skills) for (const src of s.sources) expect(src.url).toMatch(/^https:\/\/github\.com\//);
  });

  for (const [name, token] of [['REST', null], ['GraphQL', 'ghp_test']] as const) {
    test(`deep plan by ${name}: dependencies, files and collaboration, with links to the files`, async () => {
      const e = await monaEvidence('deep', token);
      const pg = skill(e.skills, 'postgresql');
      expect(pg?.sources.some((s) => s.kind === 'manifest' && s.detail.includes('github.com/lib/pq'))).toBe(true);
      expect(pg?.sources.find((s) => s.kind === 'manifest')?.url).toBe('https://github.com/mona-dev/orbit-api/blob/main/go.mod');
      expect(skill(e.skills, 'docker')?.sources.some((s) => s.url === 'https://github.com/mona-dev/orbit-api/blob/main/Dockerfile')).toBe(true);
      expect(skill(e.skills, 'ci-cd')).toBeDefined();
      expect(skill(e.skills, 'terraform')?.sources.some((s) => s.path?.endsWith('.tf'))).toBe(true);
      expect(skill(e.skills, 'fastapi')).toBeDefined();
      expect(skill(e.skills, 'documentation')?.sources.some((s) => s.repo === 'mona-dev/orbit-api')).toBe(true);
      // merged pull requests credit collaboration, never the languages of those projects
      const collab = skill(e.skills, 'collaboration');
      expect(collab?.sources.filter((s) => s.kind === 'contribution').map((s) => s.repo).sort()).toEqual(['golang/go', 'lib/pq']);
      expect(e.skills.flatMap((s) => s.sources).filter((s) => s.kind !== 'contribution').every((s) => s.repo?.startsWith('mona-dev/'))).toBe(true);
      // the deep plan knows more about Go than the quick one
      const quick = await monaEvidence('quick');
      expect(skill(e.skills, 'go')?.strength ?? 0).toBeGreaterThan(skill(quick.skills, 'go')?.strength ?? 0);
    });
  }

  test('a short README is not documentation; a substantial one is', async () => {
    const e = await monaEvidence('deep');
    const docs = skill(e.skills, 'documentation');
    expect(docs?.sources.some((s) => s.repo === 'mona-dev/ledger')).toBe(false);
  });

  test('notebook bytes do not inflate the language shares', async () => {
    const e = await monaEvidence('deep');
    expect(e.languages.some((l) => l.language === 'Jupyter Notebook')).toBe(false);
    expect(e.languages[0]?.language).toBe('Go');
  });

  test('activity: active years and the first and last push', async () => {
    const e = await monaEvidence('quick');
    expect(e.activity).toMatchObject({ firstPushYear: 2020, lastPushAt: '2026-11-10T09:00:00Z' });
    expect(e.activity?.years).toEqual([2020, 2025, 2026]);
  });
});

function gathered(repos: ReturnType<typeof makeRepo>[]): GatheredGithub {
  const account = makeAccount('p', 'P', []);
  return { user: ApiUser.parse(account.user), repos: repos.map((r) => ApiRepo.parse(r)), details: {}, pullRequests: null };
}

describe('strength', () => {
  const strengthOf = (repos: ReturnType<typeof makeRepo>[], id: string) => skill(buildSkillEvidence(gathered(repos), NOW), id)?.strength ?? 0;
  const recent = (i: number, extra: object = {}) => makeRepo('p', { name: `r${i}`, language: 'Rust', size: 2000, pushedAt: '2026-10-01T00:00:00Z', ...extra }, i);

  test('grows with breadth, with diminishing returns, and stays within 0..1', () => {
    const one = strengthOf([recent(1)], 'rust');
    const three = strengthOf([recent(1), recent(2), recent(3)], 'rust');
    const twenty = strengthOf(Array.from({ length: 20 }, (_, i) => recent(i)), 'rust');
    expect(three).toBeGreaterThan(one);
    expect(twenty).toBeGreaterThan(three);
    expect(twenty - three).toBeLessThan(3 * (three - one) + 0.5);
    expect(twenty).toBeLessThanOrEqual(1);
  });
  test('recent work counts more than old work', () => {
    expect(strengthOf([recent(1)], 'rust')).toBeGreaterThan(strengthOf([recent(1, { pushedAt: '2016-01-01T00:00:00Z' })], 'rust'));
  });
  test('forks of other people\'s projects count little', () => {
    expect(strengthOf([recent(1, { fork: true })], 'rust')).toBeLessThan(strengthOf([recent(1)], 'rust') / 3);
  });
  test('stars and forks from others raise it', () => {
    expect(strengthOf([recent(1, { stars: 500, forks: 80 })], 'rust')).toBeGreaterThan(strengthOf([recent(1)], 'rust'));
  });
  test('implied skills come with the skill that implies them', () => {
    const e = buildSkillEvidence(gathered([makeRepo('p', { name: 'api', language: 'JavaScript', topics: ['express'] }, 1)]), NOW);
    expect(skill(e, 'express')).toBeDefined();
    expect(skill(e, 'nodejs')?.sources[0]?.detail).toMatch(/implied by express/);
  });
  test('language shares skip notebooks in the quick plan too', () => {
    const repos = [makeRepo('p', { name: 'nb', language: 'Jupyter Notebook', size: 90_000 }, 1), makeRepo('p', { name: 'svc', language: 'Go' }, 2)].map((r) => ApiRepo.parse(r));
    expect(languageShares(repos, NOW).map((l) => l.language)).toEqual(['Go']);
  });
  test('activity ignores forks', () => {
    const g = gathered([recent(1, { fork: true, pushedAt: '2010-01-01T00:00:00Z' }), recent(2)]);
    expect(githubActivity(g.user, g.repos).firstPushYear).toBe(2020);
  });
});
