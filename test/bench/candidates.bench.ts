/**
 * The candidate list at 10,000 saved candidates: building the search index
 * (once per list change), one search keystroke, a filtered and re-sorted view,
 * and the CSV export. Printed, never asserted.
 */
import { test } from 'vitest';
import { candidatesToCsv } from '../../lib/candidates/csv';
import { candidateFromSave } from '../../lib/candidates/merge';
import { buildSearchIndex, queryCandidates } from '../../lib/candidates/query';
import { Stage, type Candidate } from '../../lib/candidates/schema';
import { githubProfile, linkedinProfile, snapshot } from '../unit/candidates/fixtures';
import { medianMs, report } from './report';

const COUNT = 10_000;
const FIRST = ['Ana', 'José', 'Zoë', 'Bjørn', 'Mei', 'Omar', 'Priya', 'Lukas', 'Chloé', 'Kwame'];
const LAST = ['Silva', 'García', 'Müller', 'Nguyen', 'Okafor', 'Kowalski', 'Sato', 'Haddad', 'Öztürk', 'Smith'];
const SKILLS = ['python', 'nodejs', 'java', 'go', 'postgresql', 'redis', 'docker', 'kubernetes', 'aws', 'kafka', 'django', 'graphql'];
const STAGES: readonly Stage[] = Stage.options;
const ROLES = ['backend-junior', 'backend-mid', 'backend-senior'];

function makeCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < COUNT; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    const login = `dev-${i}`;
    const skills = SKILLS.filter((_, k) => (i + k) % 3 !== 0).map((skill, k) => ({ skill, strength: ((i + k) % 10) / 10 }));
    const roleId = ROLES[i % ROLES.length]!;
    out.push(
      candidateFromSave(
        {
          profiles: {
            github: githubProfile(login, { name, bio: 'Backend engineer; =cmd|x', location: 'Berlin' }),
            ...(i % 2 === 0 && { linkedin: linkedinProfile(`person-${i}`, { name, headline: 'Senior backend engineer at Acme, Inc.' }) }),
          },
          snapshot: snapshot({ overall: (i * 37) % 101, matrixId: roleId, skills, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }),
          roleId,
          stage: STAGES[i % STAGES.length]!,
          tags: i % 5 === 0 ? ['remote', 'priority'] : ['onsite'],
          notes: i % 4 === 0 ? `Spoke on the phone, "strong" on ${SKILLS[i % SKILLS.length]}, follow up\nnext week` : '',
        },
        new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      ),
    );
  }
  return out;
}

test('candidate list figures at 10,000 candidates', async () => {
  const candidates = makeCandidates();

  report('candidates: build search index, 10000', await medianMs(5, () => buildSearchIndex(candidates)), 'ms', '< 200 ms');

  const index = buildSearchIndex(candidates);
  queryCandidates(index, { sort: 'score' }); // first use sorts once
  const typed = ['j', 'jo', 'jos', 'jose', 'jose g', 'p', 'po', 'pos', 'post', 'postgres'];
  let k = 0;
  report(
    'candidates: one search keystroke, 10000',
    await medianMs(30, () => queryCandidates(index, { text: typed[k++ % typed.length], sort: 'score' })),
    'ms',
    '< 16 ms',
  );
  report(
    'candidates: keystroke with role, stage, tag and score filters, 10000',
    await medianMs(30, () => queryCandidates(index, { text: typed[k++ % typed.length], roleId: 'backend-senior', stage: 'screening', tag: 'remote', minScore: 40 })),
    'ms',
    '< 16 ms',
  );
  report('candidates: build index and first sort by name, 10000', await medianMs(5, () => queryCandidates(buildSearchIndex(candidates), { sort: 'name' })), 'ms', '< 300 ms');

  let csvLength = 0;
  report(
    'candidates: CSV export, 10000',
    await medianMs(5, () => {
      csvLength = candidatesToCsv(candidates).length;
    }),
    'ms',
    '< 500 ms',
  );
  report('candidates: CSV size, 10000', Math.round(csvLength / 1024), 'KiB', '< 10240 KiB');
});
