/**
 * A row's evidence in the words a recruiter reads: what, how much, where.
 * "Go: strong — main language of 7 repositories, the latest pushed 2 months ago".
 */
import type { EvidenceSource } from '../schemas/evidence';
import { strengthWord } from './strength-words';

const KIND_PHRASE: Partial<Record<EvidenceSource['kind'], (n: number) => string>> = {
  'repo-language': (n) => `the language of ${n} repositor${n === 1 ? 'y' : 'ies'}`,
  manifest: (n) => `a dependency in ${n} repositor${n === 1 ? 'y' : 'ies'}`,
  file: (n) => `files in ${n} repositor${n === 1 ? 'y' : 'ies'}`,
  topic: (n) => `a topic of ${n} repositor${n === 1 ? 'y' : 'ies'}`,
  description: (n) => `named in ${n} repository description${n === 1 ? '' : 's'}`,
  pinned: (n) => `${n} pinned repositor${n === 1 ? 'y' : 'ies'}`,
  contribution: (n) => `merged pull requests to ${n} repositor${n === 1 ? 'y' : 'ies'}`,
  'linkedin-skill': () => 'listed under LinkedIn Skills',
  'linkedin-role': (n) => `named in ${n} LinkedIn role${n === 1 ? '' : 's'}`,
  certification: (n) => `${n} certification${n === 1 ? '' : 's'}`,
  bio: () => 'named in a bio or headline',
};

/** Git shows in the repositories themselves, not as their language. */
const GIT_PHRASE: typeof KIND_PHRASE = {
  ...KIND_PHRASE,
  'repo-language': (n) => `code in ${n} public repositor${n === 1 ? 'y' : 'ies'}`,
};

/** "2 months ago", "3 years ago", "this month" */
export function ago(iso: string, now: Date): string | null {
  const t = Date.parse(iso.length === 7 ? `${iso}-01` : iso);
  if (!Number.isFinite(t)) return null;
  const months = Math.floor((now.getTime() - t) / (30.44 * 86_400_000));
  if (months < 1) return 'this month';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} ago`;
  return `${Math.floor(months / 12)} years ago`;
}

/**
 * Where the evidence is, in a few words: the two most telling kinds of source
 * and the latest date. Written as plain loops: it runs for every row of every
 * candidate a list re-scores.
 */
export function evidenceWhere(sources: readonly EvidenceSource[], now: Date, skill: string | null = null): string {
  const phrases = skill === 'git' ? GIT_PHRASE : KIND_PHRASE;
  const kinds: EvidenceSource['kind'][] = [];
  const keys: string[][] = [];
  let latest = '';
  for (const s of sources) {
    if (s.date !== null && s.date > latest) latest = s.date;
    const key = s.repo ?? s.detail;
    let k = kinds.indexOf(s.kind);
    if (k < 0) {
      k = kinds.length;
      kinds.push(s.kind);
      keys.push([]);
    }
    const seen = keys[k]!;
    if (!seen.includes(key)) seen.push(key);
  }
  const parts: string[] = [];
  const used = new Array<boolean>(kinds.length).fill(false);
  for (let n = 0; n < 2 && n < kinds.length; n++) {
    let best = -1;
    for (let k = 0; k < kinds.length; k++) if (!used[k] && (best < 0 || keys[k]!.length > keys[best]!.length)) best = k;
    used[best] = true;
    const phrase = phrases[kinds[best]!];
    if (phrase) parts.push(phrase(keys[best]!.length));
  }
  const when = latest ? ago(latest, now) : null;
  if (when) parts.push(`the latest ${when}`);
  return parts.join(', ');
}

/** One line for a skill row: the skill, how strong in words, and where the evidence is. */
export function skillLine(skillName: string, strength: number, sources: readonly EvidenceSource[], now: Date, via: string | null = null, skill: string | null = null): string {
  const where = evidenceWhere(sources, now, skill);
  return `${skillName}${via ? ` (through ${via})` : ''}: ${strengthWord(strength)}${where ? ` — ${where}` : ''}.`;
}
