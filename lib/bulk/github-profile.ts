/**
 * The GitHub profile a bulk evaluation saves for a person no tab has shown:
 * built from what the API said of the account, keeping what an earlier page
 * reading of the same person knew and the API does not (pinned repositories,
 * social links, contributions, time zone). Pure.
 */
import { externalHttpUrl } from '../extract/github-links';
import { GithubProfile, HttpUrl } from '../schemas/profile';
import type { GithubAccount } from '../schemas/tab-state';

/** GitHub keeps the website as typed; `example.com` or `linkedin.com/in/x` is shown (and read here) as an https link. */
function httpUrl(value: string | null | undefined): string | null {
  const url = externalHttpUrl(value, 'https://github.com/');
  return url && HttpUrl.safeParse(url).success ? url : null;
}

function text(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** `known`: the profile saved or read before for this login, whose page-only fields are kept. */
export function githubProfileFromAccount(account: GithubAccount, known: GithubProfile | null = null): GithubProfile {
  const api = account.profile;
  const profile: GithubProfile = {
    source: 'github',
    login: account.login,
    name: text(api?.name, 500) ?? known?.name ?? null,
    bio: text(api?.bio, 200_000) ?? known?.bio ?? null,
    avatarUrl: httpUrl(api?.avatarUrl) ?? known?.avatarUrl ?? null,
    company: text(api?.company, 500) ?? known?.company ?? null,
    location: text(api?.location, 500) ?? known?.location ?? null,
    website: httpUrl(api?.blog) ?? known?.website ?? null,
    socialLinks: known?.socialLinks ?? [],
    followers: account.followers,
    following: api?.following ?? known?.following ?? null,
    pinned: known?.pinned ?? [],
    contributionsLastYear: known?.contributionsLastYear ?? null,
    utcOffsetHours: known?.utcOffsetHours ?? null,
  };
  return GithubProfile.parse(profile);
}
