/**
 * Confidence says what was read (a quick or deep look at GitHub, LinkedIn or
 * not) and how much evidence that gave. A thin profile is "low confidence",
 * which says the score knows little, not that the candidate is weak; a verdict
 * resting on rows that were not checked is never "high".
 */
import type { SkillEvidence } from '../schemas/evidence';
import type { LinkedinFacts } from '../schemas/examined';
import type { Examined } from '../schemas/examined';
import type { Confidence, ConfidenceLevel } from './schema';
import { FewStrings } from './few-strings';

export function evidenceConfidence(evidence: readonly SkillEvidence[], linkedin: LinkedinFacts | null | undefined): Confidence {
  let total = 0;
  let skills = 0;
  let github = 0;
  let fromLinkedin = 0;
  const repos = new FewStrings();
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    if (e.strength <= 0) continue;
    skills += 1;
    total += e.strength;
    const sources = e.sources;
    for (let j = 0; j < sources.length; j++) {
      const s = sources[j]!;
      if (s.origin === 'github') github += 1;
      else fromLinkedin += 1;
      if (s.repo) repos.add(s.repo);
    }
  }
  const roles = linkedin?.experience.length ?? 0;
  const both = github > 0 && (fromLinkedin > 0 || roles > 0);
  let level: Confidence['level'];
  if ((total >= 4 && github + fromLinkedin >= 12) || (both && total >= 2.5)) level = 'high';
  else if (total >= 1.5 || github + fromLinkedin >= 6 || roles >= 2) level = 'medium';
  else level = 'low';

  let basis = `${skills} skill${skills === 1 ? '' : 's'} from ${github + fromLinkedin} source${github + fromLinkedin === 1 ? '' : 's'}`;
  if (github > 0) basis += `; ${github} on GitHub across ${repos.size} repositor${repos.size === 1 ? 'y' : 'ies'}`;
  if (fromLinkedin > 0) basis += `; ${fromLinkedin} on LinkedIn`;
  if (roles > 0) basis += `; ${roles} LinkedIn role${roles === 1 ? '' : 's'}`;
  const tail = level === 'low' ? ' Little public evidence: the score says little either way; ask rather than reject.' : '';
  return { level, basis: `${basis}.${tail}` };
}

/** What was read, in words: "Deep read of 10 repositories; LinkedIn read". */
export function readWords(examined: Examined): string {
  const github =
    examined.github === 'deep'
      ? `Deep read of ${examined.deepRepos} repositor${examined.deepRepos === 1 ? 'y' : 'ies'} (files and manifests)`
      : examined.github === 'quick'
        ? `Quick read: the list of ${examined.repos} repositor${examined.repos === 1 ? 'y' : 'ies'}, no files`
        : examined.githubStopped
          ? 'GitHub not read (rate limit)'
          : 'GitHub not read';
  const linkedin = examined.linkedin ? (examined.linkedinExperience ? 'LinkedIn read' : 'LinkedIn read, roles not loaded') : 'LinkedIn not read';
  return `${github}${examined.githubStopped && examined.github !== 'none' ? ', stopped by the rate limit' : ''}; ${linkedin}.`;
}

const LEVELS: readonly ConfidenceLevel[] = ['low', 'medium', 'high'];

/** Confidence in a verdict: what was read, capped by how it was read. */
export function readConfidence(
  evidence: readonly SkillEvidence[],
  linkedin: LinkedinFacts | null | undefined,
  examined: Examined,
  provisional: boolean,
): Confidence {
  const amount = evidenceConfidence(evidence, linkedin);
  // a quick look alone, or rows left unchecked, can never make a sure verdict
  const deepEnough = (examined.github === 'deep' && !examined.githubStopped) || examined.linkedinExperience;
  const ceiling: ConfidenceLevel = examined.github === 'none' && !examined.linkedin ? 'low' : provisional || !deepEnough ? 'medium' : 'high';
  const level = LEVELS[Math.min(LEVELS.indexOf(amount.level), LEVELS.indexOf(ceiling))] ?? 'low';
  return { level, basis: `${readWords(examined)} ${amount.basis}` };
}
