/**
 * Saved records that look like one person, offered to the recruiter to merge,
 * and the merge and its undo as plans for one store transaction.
 *
 * The rule (conservative: a merge is only ever offered, and a same name alone
 * is never enough). A saved GitHub record and a saved LinkedIn record are
 * offered as one person when one of them links to the other (the GitHub
 * profile's social links or website name the LinkedIn slug, or the LinkedIn
 * page names the GitHub login) and that link is backed by one of:
 * - a back-link: the other links back to it;
 * - the recruiter: they answered "Yes" to "Is this their GitHub?" for that
 *   login and slug;
 * - the same name: both were saved under the same name (case, accents,
 *   spacing and punctuation aside) that is a person's name, not the login or
 *   the slug.
 * Never when the recruiter said the two are not the same person (in the
 * profile panel or with "Not the same person" here). A LinkedIn page that
 * merely names someone's GitHub, under another name and unconfirmed, offers
 * nothing. Pure.
 */
import { Stage } from '../schemas/enums';
import type { TransformPlan } from './candidate-store';
import { githubKey, linkedinKey, linkKeys, pairKey } from './identity';
import { mergeCandidates } from './merge';
import { foldText } from './query';
import { revisionOf, type Candidate } from './schema';

/** The recruiter's answers about GitHub–LinkedIn pairs, by `pairKey`. */
export interface PairAnswers {
  confirmed: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
}

/** What backs the link between the two records. */
export type MergeReason = 'back-link' | 'recruiter' | 'same-name';

export interface MergeSuggestion {
  /** `gh:<login>|li:<slug>`, as the recruiter's answers are stored */
  pair: string;
  login: string;
  slug: string;
  /** the record saved first: the merged record keeps its id, and its name unless the recruiter picks the other's */
  first: Candidate;
  second: Candidate;
  reason: MergeReason;
}

/** Whose name the merged record keeps. */
export type KeepName = 'first' | 'second';

/** A name as compared: case, accents, punctuation and spacing aside. */
function nameKey(name: string): string {
  return foldText(name.normalize('NFKC'))
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A record's name when the page showed one: a record saved without one carries its login or slug instead. */
function shownName(c: Candidate, handle: string): string | null {
  const name = c.name.trim();
  return name.length > 0 && name.toLowerCase() !== handle.toLowerCase() ? name : null;
}

/** The same person's name on both records, read from the pages (not the login or slug a record falls back to). */
function sameName(github: Candidate, linkedin: Candidate, login: string, slug: string): boolean {
  const a = shownName(github, login);
  const b = shownName(linkedin, slug);
  if (a === null || b === null) return false;
  const key = nameKey(a);
  return key.length >= 2 && key === nameKey(b);
}

/** A GitHub-only record and a LinkedIn-only record, in that order; null for any other pair. */
function sides(a: Candidate, b: Candidate): { github: Candidate; linkedin: Candidate; login: string; slug: string } | null {
  const githubOnly = (c: Candidate) => c.githubLogin !== null && c.linkedinSlug === null;
  const linkedinOnly = (c: Candidate) => c.linkedinSlug !== null && c.githubLogin === null;
  const [github, linkedin] = githubOnly(a) && linkedinOnly(b) ? [a, b] : githubOnly(b) && linkedinOnly(a) ? [b, a] : [null, null];
  if (!github?.githubLogin || !linkedin?.linkedinSlug) return null;
  return { github, linkedin, login: github.githubLogin, slug: linkedin.linkedinSlug };
}

/** Why two saved records look like one person (see the rule above); null when they do not. */
export function mergeReason(a: Candidate, b: Candidate, answers: PairAnswers): { reason: MergeReason; login: string; slug: string } | null {
  const pair = sides(a, b);
  if (!pair) return null;
  const { github, linkedin, login, slug } = pair;
  if (answers.rejected.has(pairKey(login, slug))) return null;
  const githubLinks = linkKeys(github).includes(linkedinKey(slug));
  const linkedinLinks = linkKeys(linkedin).includes(githubKey(login));
  if (!githubLinks && !linkedinLinks) return null;
  if (githubLinks && linkedinLinks) return { reason: 'back-link', login, slug };
  if (answers.confirmed.has(pairKey(login, slug))) return { reason: 'recruiter', login, slug };
  if (sameName(github, linkedin, login, slug)) return { reason: 'same-name', login, slug };
  return null;
}

function savedFirst(a: Candidate, b: Candidate): [Candidate, Candidate] {
  const order = Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id);
  return order <= 0 ? [a, b] : [b, a];
}

/** Every pair of saved records that looks like one person, the earliest saved first. */
export function suggestMerges(candidates: readonly Candidate[], answers: PairAnswers): MergeSuggestion[] {
  const githubs = candidates.filter((c) => c.githubLogin !== null && c.linkedinSlug === null);
  const linkedins = candidates.filter((c) => c.linkedinSlug !== null && c.githubLogin === null);
  const out: MergeSuggestion[] = [];
  for (const g of githubs) {
    for (const l of linkedins) {
      const found = mergeReason(g, l, answers);
      if (!found) continue;
      const [first, second] = savedFirst(g, l);
      out.push({ pair: pairKey(found.login, found.slug), login: found.login, slug: found.slug, first, second, reason: found.reason });
    }
  }
  return out.sort((x, y) => Date.parse(x.first.createdAt) - Date.parse(y.first.createdAt) || x.pair.localeCompare(y.pair));
}

/** The stage further along the hiring process (in the order the stages are listed; rejected and hired are ends). */
export function laterStage(a: Stage, b: Stage): Stage {
  return Stage.options.indexOf(b) > Stage.options.indexOf(a) ? b : a;
}

/**
 * One record from the two: the first record's id, both profiles and links,
 * the notes of both, the tags of both, the later stage, the newer score, and
 * the name of the record `keep` names (the first saved unless the recruiter
 * picked the other). `now` is an ISO date-time.
 */
export function mergeSuggested(first: Candidate, second: Candidate, keep: KeepName, now: string): Candidate {
  const { candidate } = mergeCandidates(first, second, { now });
  // the recruiter saw both names and chose one: it is kept by later saves (see `nameChosen`)
  return { ...candidate, name: (keep === 'first' ? first : second).name, nameChosen: true, stage: laterStage(first.stage, second.stage) };
}

/** What Undo puts back: both records as they were just before the merge. */
export interface MergeUndo {
  /** the merged record's id (the first record's) */
  mergedId: string;
  /** the merged record's revision as written; an undo after a later change to it is refused */
  mergedRevision: number;
  originals: readonly [Candidate, Candidate];
}

/** A merge or an undo found the records changed since they were shown; nothing was written. */
export class MergeChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeChangedError';
  }
}

/**
 * The merge of a suggestion, planned against the records as stored now: both
 * must still be there at the revisions the suggestion showed. The value keeps
 * both stored records exactly as they were, for Undo.
 */
export function planMerge(current: readonly Candidate[], suggestion: MergeSuggestion, keep: KeepName, now: string): TransformPlan<MergeUndo> {
  const first = current.find((c) => c.id === suggestion.first.id);
  const second = current.find((c) => c.id === suggestion.second.id);
  if (!first || !second || revisionOf(first) !== revisionOf(suggestion.first) || revisionOf(second) !== revisionOf(suggestion.second)) {
    throw new MergeChangedError('One of the two records changed or was removed since the suggestion was shown: nothing was merged. Look at them again.');
  }
  const merged = mergeSuggested(first, second, keep, now);
  return {
    toWrite: [merged],
    toDelete: [second.id],
    // the store writes the merged record one revision after the first
    value: { mergedId: first.id, mergedRevision: revisionOf(first) + 1, originals: [first, second] },
  };
}

/**
 * Undo of a merge: both original records back as they were, in place of the
 * merged one. Refused when the merged record changed since (an edit would be
 * lost) or the second record's id was saved again meanwhile.
 */
export function planUndo(current: readonly Candidate[], undo: MergeUndo): TransformPlan<null> {
  const merged = current.find((c) => c.id === undo.mergedId);
  const [first, second] = undo.originals;
  if (!merged || revisionOf(merged) !== undo.mergedRevision || current.some((c) => c.id === second.id)) {
    throw new MergeChangedError('The merged record changed since the merge: nothing was undone, so that change is kept.');
  }
  return { toWrite: [first, second], toDelete: [], value: null };
}
