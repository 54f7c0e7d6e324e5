/**
 * Gathered GitHub data → skill evidence. Detection rules come from the
 * taxonomy (lib/skills); this file only weighs what they find.
 */
import type { ApiRepo } from '../github/api-schemas';
import type { GatheredGithub, RepoDetails } from '../github/gathered';
import { parseManifest } from './manifest-parsers';
import type { EvidenceSource, SkillEvidence } from '../schemas/evidence';
import { findSkillsInText, impliedSkills, skillIdsForGithubLanguage, skillsForPackage, skillsForPath, skillsForTopic } from '../skills';
import { isVendoredOrGenerated, languageBytesFactor } from '../skills/linguist-exclusions';
import { recencyWeight } from '../github/repo-weights';
import { codeByteShares } from './repo-languages';
import { combineWeights, repoFactor, strengthFromAmount, type RepoCare } from './strength';
import { round2 } from '../numbers';

/** Source weights: how much one sign says about a skill. */
export const WEIGHTS = {
  primaryLanguage: 0.6,
  languageBytesBase: 0.3,
  languageBytesShare: 0.6,
  manifest: 0.8,
  devManifest: 0.4,
  file: 0.7,
  tests: 0.35,
  topic: 0.5,
  description: 0.3,
  mergedPullRequest: 0.5,
  impliedFactor: 0.6,
} as const;

/** A README this long (bytes) counts as documentation. */
export const SUBSTANTIAL_README_BYTES = 1500;
const MAX_FILES_SCANNED = 5000;
const MAX_SOURCES = 20;

const TEST_PATH = /(^|\/)(tests?|__tests__|specs?|src\/test)\/|_test\.go$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]+\.py$|Tests?\.(cs|java|kt)$/;
const CI_PATH = /^(\.github\/workflows\/.+|\.gitlab-ci\.yml|Jenkinsfile|\.circleci\/.*|azure-pipelines\.yml|\.travis\.yml)$/;

interface Group {
  factor: number;
  sources: EvidenceSource[];
}

class Accumulator {
  private readonly bySkill = new Map<string, Map<string, Group>>();

  add(skill: string, key: string, factor: number, source: EvidenceSource): void {
    let groups = this.bySkill.get(skill);
    if (!groups) this.bySkill.set(skill, (groups = new Map()));
    const g = groups.get(key) ?? { factor, sources: [] };
    // one file kind per skill and repository is enough: keep the strongest per detail kind
    const same = g.sources.find((s) => s.kind === source.kind && s.path === source.path && s.detail === source.detail);
    if (!same) g.sources.push(source);
    groups.set(key, g);
  }

  /** Adds what each skill implies (express → nodejs), at a discount. */
  addImplied(): void {
    for (const [skill, groups] of [...this.bySkill.entries()]) {
      for (const implied of impliedSkills(skill)) {
        for (const [key, g] of groups) {
          const best = g.sources.reduce((a, b) => (b.weight > a.weight ? b : a));
          this.add(implied, key, g.factor, {
            ...best,
            detail: `implied by ${skill}: ${best.detail}`.slice(0, 1000),
            weight: round2(best.weight * WEIGHTS.impliedFactor),
          });
        }
      }
    }
  }

  result(): SkillEvidence[] {
    const out: SkillEvidence[] = [];
    for (const [skill, groups] of this.bySkill) {
      let amount = 0;
      const sources: EvidenceSource[] = [];
      let lastSeen: string | null = null;
      for (const g of groups.values()) {
        amount += combineWeights(g.sources.map((s) => s.weight)) * g.factor;
        sources.push(...g.sources);
        for (const s of g.sources) if (s.date && (!lastSeen || s.date > lastSeen)) lastSeen = s.date;
      }
      const strength = strengthFromAmount(amount);
      if (strength <= 0) continue;
      out.push({
        skill,
        strength,
        sources: sources.sort((a, b) => b.weight - a.weight || (b.date ?? '').localeCompare(a.date ?? '')).slice(0, MAX_SOURCES),
        lastSeen,
      });
    }
    return out.sort((a, b) => b.strength - a.strength || a.skill.localeCompare(b.skill));
  }
}


/** The link a recruiter opens for a file or folder of a repository. */
function fileUrl(repo: ApiRepo, path: string): string {
  const folder = path.endsWith('/');
  const clean = folder ? path.slice(0, -1) : path;
  const encoded = clean.split('/').map(encodeURIComponent).join('/');
  return `${repo.html_url}/${folder ? 'tree' : 'blob'}/${encodeURIComponent(repo.default_branch)}/${encoded}`;
}

function repoSource(repo: ApiRepo, kind: EvidenceSource['kind'], detail: string, weight: number, path: string | null = null, url?: string): EvidenceSource {
  return {
    kind,
    origin: 'github',
    repo: repo.full_name,
    path,
    detail: detail.slice(0, 1000),
    url: url ?? (path ? fileUrl(repo, path) : repo.html_url),
    weight: round2(Math.min(1, Math.max(0, weight))),
    date: repo.pushed_at ?? null,
  };
}

function careOf(details: RepoDetails | undefined): RepoCare | null {
  if (!details?.files) return null;
  return {
    tests: details.files.some((f) => TEST_PATH.test(f.path) && !isVendoredOrGenerated(f.path)),
    ci: details.files.some((f) => CI_PATH.test(f.path)),
  };
}

function addLanguages(acc: Accumulator, repo: ApiRepo, details: RepoDetails | undefined, factor: number): void {
  const shares = codeByteShares(details?.languages);
  if (shares) {
    for (const [language, share] of shares) {
      if (share < 0.02) continue;
      for (const skill of skillIdsForGithubLanguage(language)) {
        acc.add(skill, repo.full_name, factor, repoSource(repo, 'repo-language', `${language}, ${Math.round(share * 100)}% of the code in ${repo.full_name}`, WEIGHTS.languageBytesBase + WEIGHTS.languageBytesShare * share));
      }
    }
    // languages left out of the shares (notebooks) still count, a little
    for (const [language, bytes] of Object.entries(details?.languages ?? {})) {
      const f = languageBytesFactor(language);
      if (shares.has(language) || f === 0 || bytes <= 0) continue;
      for (const skill of skillIdsForGithubLanguage(language)) {
        acc.add(skill, repo.full_name, factor, repoSource(repo, 'repo-language', `${language} in ${repo.full_name}`, WEIGHTS.primaryLanguage * f));
      }
    }
    return;
  }
  if (!repo.language) return;
  for (const skill of skillIdsForGithubLanguage(repo.language)) {
    acc.add(skill, repo.full_name, factor, repoSource(repo, 'repo-language', `${repo.language} is the main language of ${repo.full_name}${repo.fork ? ' (a fork)' : ''}`, WEIGHTS.primaryLanguage * languageBytesFactor(repo.language)));
  }
}

function addFiles(acc: Accumulator, repo: ApiRepo, details: RepoDetails, factor: number): void {
  const files = (details.files ?? []).filter((f) => !isVendoredOrGenerated(f.path)).slice(0, MAX_FILES_SCANNED);
  const firstPath = new Map<string, { path: string; count: number }>();
  for (const f of files) {
    for (const skill of skillsForPath(f.path)) {
      if (skill === 'documentation' && /(^|\/)readme(\.\w+)?$/i.test(f.path) && (f.size ?? 0) < SUBSTANTIAL_README_BYTES) continue;
      const cur = firstPath.get(skill);
      if (!cur) firstPath.set(skill, { path: f.path, count: 1 });
      else {
        cur.count += 1;
        if (f.path.split('/').length < cur.path.split('/').length) cur.path = f.path;
      }
    }
  }
  for (const [skill, { path, count }] of firstPath) {
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    acc.add(skill, repo.full_name, factor, repoSource(repo, 'file', `${path}${more} in ${repo.full_name}`, WEIGHTS.file, path));
  }
  const testPath = files.find((f) => TEST_PATH.test(f.path))?.path;
  if (testPath) {
    acc.add('tdd', repo.full_name, factor, repoSource(repo, 'file', `automated tests (${testPath}) in ${repo.full_name}`, WEIGHTS.tests, testPath));
  }
}

function addManifests(acc: Accumulator, repo: ApiRepo, details: RepoDetails, factor: number): void {
  for (const m of details.manifests) {
    for (const d of parseManifest(m.path, m.text)) {
      for (const skill of skillsForPackage(d.ecosystem, d.name)) {
        acc.add(skill, repo.full_name, factor, repoSource(repo, 'manifest', `${d.name}${d.version ? ` ${d.version}` : ''} in ${m.path}${d.dev ? ' (development)' : ''}`, d.dev ? WEIGHTS.devManifest : WEIGHTS.manifest, m.path));
      }
    }
  }
}

function addText(acc: Accumulator, repo: ApiRepo, factor: number): void {
  for (const topic of repo.topics) {
    for (const skill of skillsForTopic(topic)) {
      acc.add(skill, repo.full_name, factor, repoSource(repo, 'topic', `topic "${topic}" on ${repo.full_name}`, WEIGHTS.topic));
    }
  }
  if (repo.description) {
    for (const skill of findSkillsInText(repo.description)) {
      acc.add(skill, repo.full_name, factor, repoSource(repo, 'description', `"${repo.description.slice(0, 200)}" (${repo.full_name})`, WEIGHTS.description));
    }
  }
}

/** Skill evidence from everything gathered, strongest first. */
export function buildSkillEvidence(data: GatheredGithub, now: number): SkillEvidence[] {
  const acc = new Accumulator();
  for (const repo of data.repos) {
    const details = data.details[repo.full_name];
    const factor = repoFactor(repo, careOf(details), now);
    addLanguages(acc, repo, details, factor);
    addText(acc, repo, factor);
    if (details && !repo.fork) {
      addFiles(acc, repo, details, factor);
      addManifests(acc, repo, details, factor);
    }
  }
  // merged pull requests to other people's projects: collaboration, never their code
  for (const pr of data.pullRequests?.items ?? []) {
    acc.add('collaboration', `pr:${pr.repo}`, Math.max(0.1, recencyWeight(pr.mergedAt, now)), {
      kind: 'contribution',
      origin: 'github',
      repo: pr.repo,
      path: null,
      detail: `merged pull request "${pr.title.slice(0, 200)}" into ${pr.repo}`,
      url: pr.url,
      weight: WEIGHTS.mergedPullRequest,
      date: pr.mergedAt,
    });
  }
  acc.addImplied();
  return acc.result();
}
