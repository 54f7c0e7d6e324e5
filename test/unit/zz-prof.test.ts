import { test } from 'vitest';
import { presetById } from '../../lib/matrix';
import type { SkillEvidence } from '../../lib/schemas/evidence';
import { scoreCandidate, type ScoreInput } from '../../lib/scoring';
import { effectiveSkills } from '../../lib/scoring/effective-evidence';
import { readConfidence } from '../../lib/scoring/confidence';
import { estimateSeniority } from '../../lib/scoring/seniority';
const SKILLS = ['python', 'go', 'java', 'django', 'gin', 'spring-boot', 'postgresql', 'redis', 'rest', 'aws', 'docker', 'ci-cd', 'kubernetes', 'terraform', 'kafka', 'pytest', 'jwt', 'react'];
function candidate(i: number): ScoreInput {
  const evidence: SkillEvidence[] = [];
  for (let k = 0; k < 12; k++) {
    const skill = SKILLS[(i * 7 + k * 5) % SKILLS.length] as string;
    const strength = ((i * 31 + k * 17) % 100) / 100;
    const repo = `user${i}/repo${k % 4}`;
    evidence.push({ skill, strength, sources: [{ kind: 'manifest', origin: 'github', repo, path: 'package.json', detail: `${skill} in ${repo}`, url: null, weight: strength, date: null }], lastSeen: null });
  }
  return { evidence, github: { createdAt: '2015-01-01T00:00:00Z', utcOffsetHours: 1, activeYears: i % 10 } };
}
const EX = { github: 'deep', repos: 10, deepRepos: 10, githubStopped: false, linkedin: false, linkedinExperience: false } as const;
test('p', () => {
  const m = presetById('backend-senior')!;
  const cs = Array.from({ length: 10000 }, (_, i) => candidate(i));
  const now = new Date('2025-06-15T00:00:00Z');
  const time = (name: string, f: () => void) => { f(); const t = performance.now(); f(); f(); console.log(name, ((performance.now() - t) / 2).toFixed(1)); };
  time('score', () => { for (const c of cs) scoreCandidate(c, m, now); });
  time('effective', () => { for (const c of cs) effectiveSkills(c.evidence); });
  time('confidence', () => { for (const c of cs) readConfidence(c.evidence, null, EX, false); });
  time('seniority', () => { for (const c of cs) estimateSeniority(null, c.github, now); });
});
