import type { PinnedRepo } from '../schemas/profile';
import { githubSelectors as S } from '../selectors/github';
import { parseGithubCount } from './github-count';
import { clipText, queryAllFirst, queryFirst, textOf } from './dom';

/** The schema's limit; GitHub shows at most six. */
const MAX_PINNED = 20;

/** `/owner/name` on github.com (or on the page's own Enterprise host) → {owner, name}; null for gists and anything else. */
function repoOfLink(href: string | null, pageUrl: string): { owner: string; name: string } | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (u.hostname !== 'github.com' && u.host !== new URL(pageUrl).host) return null;
  const parts = u.pathname.split('/').filter((s) => s.length > 0);
  if (parts.length !== 2 || parts[0]!.length > 100 || parts[1]!.length > 200) return null;
  const [owner, name] = parts as [string, string];
  return { owner, name };
}

function countIn(card: Element, alternatives: readonly string[]): number | null {
  return parseGithubCount(textOf(queryFirst(card, alternatives)));
}

/** One pinned card; null when it is not a repository (a pinned gist) or unreadable. */
function readPinnedCard(card: Element, pageUrl: string): PinnedRepo | null {
  const link = queryFirst(card, S.pinnedLink);
  const repo = repoOfLink(link?.getAttribute('href') ?? null, pageUrl);
  if (!repo) return null;
  return {
    // The owner comes from the link: a pinned repository may be someone else's.
    owner: repo.owner,
    name: repo.name,
    description: clipText(textOf(queryFirst(card, S.pinnedDescription)), 2000),
    language: clipText(textOf(queryFirst(card, S.pinnedLanguage)), 100),
    stars: countIn(card, S.pinnedStars),
    forks: countIn(card, S.pinnedForks),
  };
}

/** The pinned repositories, in the order the page shows them. */
export function readPinnedRepos(doc: ParentNode, pageUrl: string): PinnedRepo[] {
  // With nothing pinned, GitHub fills the same cards with "Popular repositories": not chosen by the person.
  if (/popular/i.test(textOf(queryFirst(doc, S.pinnedHeading)) ?? '')) return [];
  const pinned: PinnedRepo[] = [];
  for (const card of queryAllFirst(doc, S.pinnedItem)) {
    const repo = readPinnedCard(card, pageUrl);
    if (repo && !pinned.some((p) => p.owner === repo.owner && p.name === repo.name)) pinned.push(repo);
    if (pinned.length >= MAX_PINNED) break;
  }
  return pinned;
}
