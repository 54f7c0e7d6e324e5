import { describe, expect, it } from 'vitest';
import { claimOf, pairKey } from '../../../lib/evaluation/identity-claim';
import { readingsOfTab, withEvaluation } from '../../../lib/evaluation/tab-evaluation';
import type { TabState } from '../../../lib/evaluation/tab-state';
import { githubEvidence, githubPage, linkedinPage, NOW, persona, role } from '../calibration/personas';

const torvaldsGithub = persona('senior-go-github-only').github!;

function tab(state: Partial<TabState>): TabState {
  return { version: 1, tabId: 3, url: 'https://www.linkedin.com/in/someone/', status: 'ready', profile: null, evidence: null, partial: null, error: null, rateLimit: null, runId: 'r', updatedAt: 0, ...state };
}

describe('a link between profiles is a claim until confirmed', () => {
  const claimer = linkedinPage('someone', [role('Engineer', '2020-01', null)], { githubUrl: `https://github.com/${torvaldsGithub.login}` });

  it('a LinkedIn page naming a GitHub account that does not link back: a claim whose repositories are not scored', () => {
    const evidence = githubEvidence(torvaldsGithub, 'deep');
    const state = withEvaluation(tab({ profile: claimer, evidence }), NOW);
    expect(state.claim).toMatchObject({ from: 'linkedin', login: torvaldsGithub.login, slug: 'someone', confirmedBy: null });
    // the claimed account's evidence is kept on the state (shown apart) but is not in the evaluation
    expect(state.evidence).not.toBeNull();
    expect(state.evaluation?.examined.github).toBe('none');
    expect(state.evaluation?.evidence.some((e) => e.sources.some((s) => s.origin === 'github'))).toBe(false);
    expect(readingsOfTab(state).githubEvidence).toBeNull();
  });

  it('confirmed when the GitHub profile links back, and then scored', () => {
    const github = { ...githubPage(torvaldsGithub), socialLinks: ['https://www.linkedin.com/in/someone'] };
    const state = withEvaluation(tab({ profile: claimer, partner: github, evidence: githubEvidence(torvaldsGithub, 'deep') }), NOW);
    expect(state.claim?.confirmedBy).toBe('back-link');
    expect(state.evaluation?.examined.github).toBe('deep');
    expect(readingsOfTab(state).github?.login).toBe(torvaldsGithub.login);
  });

  it('confirmed by the recruiter; a rejected pair stays apart', () => {
    const confirmed = withEvaluation(tab({ profile: claimer, evidence: githubEvidence(torvaldsGithub, 'deep') }), NOW, {
      confirmed: new Set([pairKey(torvaldsGithub.login, 'someone')]),
      rejected: new Set(),
    });
    expect(confirmed.claim?.confirmedBy).toBe('recruiter');
    expect(confirmed.evaluation?.examined.github).toBe('deep');
    const rejected = claimOf(claimer, null, null, { confirmed: new Set(), rejected: new Set([pairKey(torvaldsGithub.login, 'SomeOne')]) });
    expect(rejected).toMatchObject({ confirmedBy: null, rejected: true });
  });

  it('the other direction: a GitHub profile naming a LinkedIn page that does not name it back keeps that page out', () => {
    const github = { ...githubPage(torvaldsGithub), socialLinks: ['https://www.linkedin.com/in/someone'] };
    const unrelated = linkedinPage('someone', [role('Senior Engineer', '2010-01', null)]);
    const state = withEvaluation(tab({ url: 'https://github.com/x', profile: github, partner: unrelated, evidence: githubEvidence(torvaldsGithub, 'deep') }), NOW);
    expect(state.claim).toMatchObject({ from: 'github', confirmedBy: null });
    expect(readingsOfTab(state).linkedin).toBeNull();
    expect(state.evaluation?.examined.linkedin).toBe(false);
  });

  it('a profile that claims nothing has no claim', () => {
    expect(claimOf(githubPage(torvaldsGithub), null, null)).toBeNull();
  });
});
