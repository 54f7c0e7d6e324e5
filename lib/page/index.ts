export { isGithubProfile, isGithubRepo, githubProfileLogin, GITHUB_RESERVED_PATHS } from './github-url';
export { isLinkedinProfile, parseLinkedinProfileUrl } from './linkedin-url';
export type { LinkedinProfileUrl, LinkedinSubPage } from './linkedin-url';
