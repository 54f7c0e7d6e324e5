/** Builders of page readings for tests: every field the schema asks for, empty unless given. */
import type { Browser } from 'wxt/browser';
import type { GithubProfile, LinkedinProfile } from '../../lib/schemas/profile';

export function githubProfile(login: string, extra: Partial<GithubProfile> = {}): GithubProfile {
  return {
    source: 'github',
    login,
    name: null,
    bio: null,
    company: null,
    location: null,
    website: null,
    socialLinks: [],
    followers: null,
    following: null,
    pinned: [],
    contributionsLastYear: null,
    utcOffsetHours: null,
    ...extra,
  };
}

export function linkedinProfile(slug: string, extra: Partial<LinkedinProfile> = {}): LinkedinProfile {
  return {
    source: 'linkedin',
    slug,
    name: null,
    headline: null,
    location: null,
    about: null,
    experience: [],
    education: [],
    skills: [],
    certifications: [],
    githubUrl: null,
    ...extra,
  };
}

/** The extension id router tests pass as "this extension". */
export const SELF = 'hirelens-test-id';

/** A content script's sender: this extension, in tab `id` showing `url`. */
export function fromTab(url: string, id = 7): Browser.runtime.MessageSender {
  const tab = { id, url, index: 0, active: true } as Browser.tabs.Tab;
  return { id: SELF, url, tab };
}
