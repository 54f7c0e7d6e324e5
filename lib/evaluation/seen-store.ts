/**
 * The profiles read in this browser session, by person, in storage.session, so
 * that a GitHub profile and the LinkedIn profile it links to (or the other way
 * round) can be scored as one person once both have been read.
 */
import { storage } from 'wxt/utils/storage';
import { GithubProfile, LinkedinProfile } from '../schemas/profile';
import { githubKey, linkedinKey } from '../candidates/identity';

type SeenKey = `session:seen:${string}`;

function githubSeenKey(login: string): SeenKey {
  return `session:seen:${githubKey(login)}`;
}
function linkedinSeenKey(slug: string): SeenKey {
  return `session:seen:${linkedinKey(slug)}`;
}

export async function rememberGithub(profile: GithubProfile): Promise<void> {
  await storage.setItem(githubSeenKey(profile.login), profile);
}

export async function rememberLinkedin(profile: LinkedinProfile): Promise<void> {
  await storage.setItem(linkedinSeenKey(profile.slug), profile);
}

export async function recallGithub(login: string): Promise<GithubProfile | null> {
  const parsed = GithubProfile.safeParse(await storage.getItem(githubSeenKey(login)));
  return parsed.success ? parsed.data : null;
}

export async function recallLinkedin(slug: string): Promise<LinkedinProfile | null> {
  const parsed = LinkedinProfile.safeParse(await storage.getItem(linkedinSeenKey(slug)));
  return parsed.success ? parsed.data : null;
}

export function watchLinkedin(slug: string, onChange: (p: LinkedinProfile | null) => void): () => void {
  return storage.watch(linkedinSeenKey(slug), (v) => {
    const parsed = LinkedinProfile.safeParse(v);
    onChange(parsed.success ? parsed.data : null);
  });
}

export function watchGithub(login: string, onChange: (p: GithubProfile | null) => void): () => void {
  return storage.watch(githubSeenKey(login), (v) => {
    const parsed = GithubProfile.safeParse(v);
    onChange(parsed.success ? parsed.data : null);
  });
}
