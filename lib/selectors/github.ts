/**
 * Every CSS selector Hirelens reads on github.com, as arrays of alternatives,
 * newest layout first. Extraction code asks for a field by name; when GitHub
 * changes its markup, this file changes and a fixture of the new layout is added.
 */
export const githubSelectors = {
  /** `<meta name="hovercard-subject-tag" content="user:123">` (or `organization:123`). */
  subjectTag: [
    // 2020 onwards, every profile and org page
    'meta[name="hovercard-subject-tag"]',
  ],
  /** The login shown under the name. */
  login: [
    // h-card sidebar (2019 onwards)
    '.vcard-names .p-nickname',
    'h1 .p-nickname',
    // older layout
    '[itemprop="additionalName"]',
  ],
  /** The display name. */
  name: [
    // h-card sidebar (2019 onwards)
    '.vcard-names .p-name',
    'h1 .p-name',
    // older layout
    '[itemprop="name"]',
  ],
  /** The bio under the name. */
  bio: [
    // h-card sidebar (2019 onwards)
    '.user-profile-bio',
    '.p-note',
  ],
  /** The avatar image. */
  avatar: [
    // h-card sidebar
    'img.avatar-user',
    '.js-profile-editable-replace img.avatar',
    // older layout
    'a[itemprop="image"] img',
  ],
} as const satisfies Record<string, readonly string[]>;

export type GithubSelectorField = keyof typeof githubSelectors;
