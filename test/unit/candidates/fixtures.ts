/** Small builders of page readings, snapshots and saved candidates for the candidate tests. */
import { candidateFromSave } from '../../../lib/candidates/merge';
import type { Candidate, SaveCandidateInput, ScoreSnapshot } from '../../../lib/candidates/schema';
import type { GithubProfile, LinkedinProfile } from '../../../lib/schemas/profile';
import { githubProfile as baseGithubProfile, linkedinProfile as baseLinkedinProfile } from '../../support/profiles';

export function githubProfile(login: string, extra: Partial<GithubProfile> = {}): GithubProfile {
  return baseGithubProfile(login, { followers: 10, following: 2, contributionsLastYear: 300, utcOffsetHours: 1, ...extra });
}

export function linkedinProfile(slug: string, extra: Partial<LinkedinProfile> = {}): LinkedinProfile {
  return baseLinkedinProfile(slug, extra);
}

export function snapshot(extra: Partial<ScoreSnapshot> = {}): ScoreSnapshot {
  return {
    date: '2025-03-01T10:00:00.000Z',
    matrixId: 'backend-senior',
    matrixName: 'Backend (senior)',
    overall: 72,
    band: 'senior',
    confidence: 'medium',
    mustMet: ['Python'],
    mustMissing: ['PostgreSQL'],
    requirements: [
      { id: 'python', label: 'Python', priority: 'must', status: 'met' },
      { id: 'postgresql', label: 'PostgreSQL', priority: 'must', status: 'missing' },
    ],
    skills: [
      { skill: 'python', strength: 0.8 },
      { skill: 'docker', strength: 0.4 },
    ],
    evidence: [
      {
        skill: 'python',
        strength: 0.8,
        lastSeen: '2025-02-01',
        sources: [
          {
            kind: 'repo-language',
            origin: 'github',
            repo: 'someone/tool',
            path: null,
            detail: 'Python, 80% of bytes',
            url: 'https://github.com/someone/tool',
            weight: 0.8,
            date: '2025-02-01',
          },
        ],
      },
    ],
    // saved after a deep read of the one repository
    examined: { github: 'deep', repos: 1, deepRepos: 1, githubStopped: false, linkedin: false, linkedinExperience: false },
    ...extra,
  };
}

export function saveInput(extra: Partial<SaveCandidateInput> & Pick<SaveCandidateInput, 'profiles'>): SaveCandidateInput {
  return { snapshot: snapshot(), ...extra };
}

/** A stored candidate as saveCandidate would make it, at `now`. */
export function candidate(
  extra: Partial<SaveCandidateInput> & Pick<SaveCandidateInput, 'profiles'>,
  now = '2025-03-01T10:00:00.000Z',
): Candidate {
  return candidateFromSave(saveInput(extra), now);
}
