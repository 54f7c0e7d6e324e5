/**
 * Every CSS selector Hirelens reads on github.com, as arrays of alternatives,
 * newest layout first. Extraction code asks for a field by name; when GitHub
 * changes its markup, this file changes and a fixture of the new layout is added.
 *
 * Layout names used in the comments:
 * - "2022+": the h-card sidebar with `itemprop` detail rows, social accounts as
 *   `itemprop="social"`, a `profile-timezone` local-time row and followers as
 *   `.text-bold` counts in the sidebar (fixture profile-current.html).
 * - "2020–2021": the same sidebar before social accounts and local time, with
 *   Twitter as `itemprop="twitter"` (fixture profile-2021.html).
 * - "2019": the vcard sidebar with octicon detail rows labelled by `aria-label`,
 *   `.pinned-item-list-item` cards and followers as `.Counter` in the top tabs
 *   (fixture profile-2019.html).
 */
export const githubSelectors = {
  /** `<meta name="hovercard-subject-tag" content="user:123">` (or `organization:123`). */
  subjectTag: [
    // 2020 onwards, every profile and org page
    'meta[name="hovercard-subject-tag"]',
  ],
  /** Markup only an organization's page carries. */
  organizationMarker: [
    // 2022+ org header
    '[itemtype="http://schema.org/Organization"]',
    '[itemtype="https://schema.org/Organization"]',
    // 2019–2021 org header
    '.orghead',
  ],
  /** What only GitHub's "Page not found" (404) page shows: its illustration, the first image's alt "404 …". */
  notFoundMarker: [
    // 2015 onwards: the parallax 404 illustration
    '#parallax_wrapper img[alt^="404"]',
    'img[alt^="404 “This is not the web page"]',
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
    '.vcard-fullname',
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
    // 2019 onwards: the full-size avatar link in the sidebar
    'a[itemprop="image"] img',
    '.js-profile-editable-replace img.avatar',
    // 2022+ sticky mini card (small size), when the sidebar avatar is missing
    'img.avatar-user',
  ],
  /** The company row; its text is what the person wrote (`@acme`, `Acme Corp`). */
  company: [
    // 2020 onwards: the `p-org` span inside the worksFor row
    '[itemprop="worksFor"] .p-org',
    // 2019: the row itself
    '[itemprop="worksFor"]',
    'li.vcard-detail[aria-label^="Organization"]',
  ],
  /** The location row. */
  location: [
    // 2020 onwards
    '[itemprop="homeLocation"] .p-label',
    // 2019
    '[itemprop="homeLocation"]',
    'li.vcard-detail[aria-label^="Home location"]',
  ],
  /** The element carrying the offset as an attribute (`data-hours-ahead-of-utc="-3.0"`). */
  timezone: [
    // 2022+ local-time row
    '[itemprop="localTime"] profile-timezone',
    'profile-timezone[data-hours-ahead-of-utc]',
  ],
  /** The local-time row, whose text carries `(UTC -03:00)` when the attribute is missing. */
  localTime: [
    // 2022+
    'li[itemprop="localTime"]',
    '[itemprop="localTime"]',
    'li.vcard-detail[aria-label^="Local time"]',
  ],
  /** The website link. */
  website: [
    // 2020 onwards
    '[itemprop="url"] a[href]',
    // 2019
    'li.vcard-detail[aria-label^="Blog or website"] a[href]',
  ],
  /** Social account links (all that match the first alternative that matches any). */
  socialLinks: [
    // 2022+: up to four social accounts, each its own row
    '[itemprop="social"] a[href]',
    // 2020–2021: a single Twitter row
    '[itemprop="twitter"] a[href]',
  ],
  /** The followers count. */
  followers: [
    // 2020 onwards: sidebar link
    'a[href*="tab=followers"] .text-bold',
    // 2019: top tab counter
    'a[href*="tab=followers"] .Counter',
  ],
  /** The following count. */
  following: [
    // 2020 onwards: sidebar link
    'a[href*="tab=following"] .text-bold',
    // 2019: top tab counter
    'a[href*="tab=following"] .Counter',
  ],
  /** One card per pinned item. */
  pinnedItem: [
    // 2020 onwards: cards in the reorderable pinned list
    '.js-pinned-items-reorder-container .pinned-item-list-item-content',
    // 2019: list items with the content inside
    '.pinned-item-list-item',
    // 2016–2018
    '.pinned-repo-item',
  ],
  /** The pinned section's heading: "Pinned", or "Popular repositories" when nothing is pinned. */
  pinnedHeading: [
    // 2020 onwards
    '.js-pinned-items-reorder-container h2',
    // 2019
    '.js-pinned-repos-reorder-container h2',
  ],
  /** Inside a pinned card: the link to the repository. */
  pinnedLink: [
    // 2019 onwards: the link wrapping `span.repo`
    'a[href]:has(span.repo)',
    // 2016–2018: the bold title link
    'a.text-bold[href]',
    // any layout: the card's first link
    'a[href]',
  ],
  /** Inside a pinned card: the description. */
  pinnedDescription: [
    // 2019 onwards
    '.pinned-item-desc',
    // 2016–2018
    '.pinned-repo-desc',
  ],
  /** Inside a pinned card: the primary language. */
  pinnedLanguage: [
    // 2019 onwards
    '[itemprop="programmingLanguage"]',
    '.repo-language-color + span',
  ],
  /** Inside a pinned card: the stars link. */
  pinnedStars: [
    // 2019 onwards
    'a[href$="/stargazers"]',
  ],
  /** Inside a pinned card: the forks link. */
  pinnedForks: [
    // 2022+
    'a[href$="/forks"]',
    // 2019–2021
    'a[href$="/network/members"]',
    'a[href$="/network"]',
  ],
  /** The heading of the loaded calendar: "1,234 contributions in the last year". */
  contributionsHeading: [
    // 2023+
    'h2#js-contribution-activity-description',
    // 2019 onwards
    '.js-yearly-contributions h2',
    '.js-contribution-graph h2',
  ],
  /** The calendar's placeholder while it loads (the page has a calendar, not yet shown). */
  contributionsPending: [
    // 2019 onwards: the include-fragment that fetches the calendar
    'include-fragment[src*="contributions"]',
    '.js-yearly-contributions include-fragment',
    '.js-yearly-contributions',
  ],
} as const satisfies Record<string, readonly string[]>;
