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

// Scratch space for evidenceWhere, reused from call to call: it runs for every
// row of every candidate a list re-scores, and calls nothing while filling these.
const pairKinds: EvidenceSource['kind'][] = [];
const pairPlaces: string[] = [];
const kinds: EvidenceSource['kind'][] = [];
const places: number[] = [];

/** Each phrase's words for 1 to MEMO_PLACES places, made once: a re-scored list asks for the same few thousands of times. */
const MEMO_PLACES = 32;
const phraseMemo = new Map<typeof KIND_PHRASE, Partial<Record<EvidenceSource['kind'], string[]>>>();

/** The words for the k-th kind evidenceWhere counted, or '' when there is none. */
function kindWords(phrases: typeof KIND_PHRASE, k: number): string {
  if (k < 0) return '';
  const kind = kinds[k]!;
  const phrase = phrases[kind];
  if (!phrase) return '';
  const n = places[k]!;
  if (n > MEMO_PLACES) return phrase(n);
  let byKind = phraseMemo.get(phrases);
  if (!byKind) phraseMemo.set(phrases, (byKind = {}));
  const words = (byKind[kind] ??= []);
  return (words[n] ??= phrase(n));
}

/**
 * Where the evidence is, in a few words: the two kinds of source found in the
 * most places (a repository, or the detail where there is none; the first
 * kind seen wins a tie) and the latest date.
 */
export function evidenceWhere(sources: readonly EvidenceSource[], now: Date, skill: string | null = null): string {
  const phrases = skill === 'git' ? GIT_PHRASE : KIND_PHRASE;
  let kindCount = 0;
  let pairCount = 0;
  let latest = '';
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    if (s.date !== null && s.date > latest) latest = s.date;
    const place = s.repo ?? s.detail;
    let k = 0;
    while (k < kindCount && kinds[k] !== s.kind) k++;
    if (k === kindCount) {
      kinds[k] = s.kind;
      places[k] = 0;
      kindCount++;
    }
    let p = 0;
    while (p < pairCount && (pairPlaces[p] !== place || pairKinds[p] !== s.kind)) p++;
    if (p === pairCount) {
      pairKinds[p] = s.kind;
      pairPlaces[p] = place;
      pairCount++;
      places[k]! += 1;
    }
  }
  let first = -1;
  let second = -1;
  for (let k = 0; k < kindCount; k++) {
    if (first < 0 || places[k]! > places[first]!) {
      second = first;
      first = k;
    } else if (second < 0 || places[k]! > places[second]!) second = k;
  }
  let where = kindWords(phrases, first);
  const then = kindWords(phrases, second);
  if (then) where = where ? `${where}, ${then}` : then;
  const when = latest ? ago(latest, now) : null;
  if (when) where = where ? `${where}, the latest ${when}` : `the latest ${when}`;
  return where;
}

/** One line for a skill row: the skill, how strong in words, and where the evidence is. */
export function skillLine(skillName: string, strength: number, sources: readonly EvidenceSource[], now: Date, via: string | null = null, skill: string | null = null): string {
  return lineWithWhere(`${skillName}${via ? ` (through ${via})` : ''}: ${strengthWord(strength)}`, sources, now, skill);
}

/** A skill row's line from its opening words ("Go: strong", made once per skill and word by the caller) and its evidence. */
export function lineWithWhere(opening: string, sources: readonly EvidenceSource[], now: Date, skill: string | null): string {
  const where = evidenceWhere(sources, now, skill);
  return where ? `${opening} — ${where}.` : `${opening}.`;
}
