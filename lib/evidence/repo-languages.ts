import type { ApiRepo } from '../github/api-schemas';
import type { LanguageShare, SkillEvidence, EvidenceSource } from '../schemas/evidence';
import { skillIdForGithubLanguage } from '../skills/github-languages';

const DAY = 86_400_000;

/** 1 for a repository pushed today, halving every two years. */
export function recencyWeight(pushedAt: string | null | undefined, now: number): number {
  if (!pushedAt) return 0.25;
  const t = Date.parse(pushedAt);
  if (!Number.isFinite(t)) return 0.25;
  const years = Math.max(0, now - t) / (365 * DAY);
  return Math.pow(0.5, years / 2);
}

/** log-scaled size so one huge repository does not drown the rest (size is in KB). */
export function sizeWeight(sizeKb: number): number {
  return Math.log2(2 + Math.max(0, sizeKb));
}

function repoWeight(repo: ApiRepo, now: number): number {
  const forkFactor = repo.fork ? 0.1 : 1;
  return sizeWeight(repo.size) * recencyWeight(repo.pushed_at, now) * forkFactor;
}

/** Languages by weighted share of the person's repositories, largest first. */
export function languageShares(repos: readonly ApiRepo[], now: number): LanguageShare[] {
  const weights = new Map<string, { w: number; repos: number }>();
  let total = 0;
  for (const repo of repos) {
    if (!repo.language) continue;
    const w = repoWeight(repo, now);
    total += w;
    const cur = weights.get(repo.language) ?? { w: 0, repos: 0 };
    cur.w += w;
    cur.repos += 1;
    weights.set(repo.language, cur);
  }
  if (total === 0) return [];
  return [...weights.entries()]
    .map(([language, v]) => ({ language, share: v.w / total, repos: v.repos }))
    .sort((a, b) => b.share - a.share || a.language.localeCompare(b.language));
}

/** Skill evidence from each repository's primary language. */
export function languageSkillEvidence(repos: readonly ApiRepo[], now: number): SkillEvidence[] {
  const bySkill = new Map<string, { sources: EvidenceSource[]; score: number; lastSeen: string | null }>();
  for (const repo of repos) {
    if (!repo.language) continue;
    const skill = skillIdForGithubLanguage(repo.language);
    if (!skill) continue;
    const w = repoWeight(repo, now);
    const entry = bySkill.get(skill) ?? { sources: [], score: 0, lastSeen: null };
    entry.score += w;
    const date = repo.pushed_at ?? null;
    if (date && (!entry.lastSeen || date > entry.lastSeen)) entry.lastSeen = date;
    entry.sources.push({
      kind: 'repo-language',
      origin: 'github',
      repo: repo.full_name,
      path: null,
      detail: `${repo.language} is the main language of ${repo.full_name}${repo.fork ? ' (a fork)' : ''}`,
      url: repo.html_url,
      weight: Math.min(1, w / 10),
      date,
    });
    bySkill.set(skill, entry);
  }
  return [...bySkill.entries()]
    .map(([skill, e]) => ({
      skill,
      // diminishing returns: a few solid, recent repositories approach 1
      strength: round2(1 - Math.exp(-e.score / 12)),
      sources: e.sources.sort((a, b) => b.weight - a.weight).slice(0, 20),
      lastSeen: e.lastSeen,
    }))
    .sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
