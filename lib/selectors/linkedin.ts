/**
 * Every CSS selector Hirelens reads on www.linkedin.com, as arrays of
 * alternatives, newest layout first, each with the layout it is for.
 * Extraction code asks for a field by name; when LinkedIn changes its markup,
 * this file changes and a fixture of the new layout is added beside the old one
 * (see test/fixtures/README.md, "## LinkedIn").
 */
export const linkedinSelectors = {
  /** Structured data of the public (logged-out) profile page. */
  jsonLd: [
    // public profile page: a Person, often inside an @graph
    'script[type="application/ld+json"]',
  ],

  /* ---- logged-in layout with section anchors (2022 onwards) ---- */

  /** The top card holding name, headline and location. */
  topCard: [
    // logged-in, 2024 onwards
    'section[data-member-id]',
    // logged-in, 2022 onwards
    'section.pv-top-card',
    'main section.artdeco-card:first-of-type',
  ],
  name: [
    // logged-in, 2024 onwards: the top card section carries data-member-id
    'section[data-member-id] h1',
    // logged-in, 2022 onwards
    'h1.text-heading-xlarge',
    '.pv-text-details__left-panel h1',
    '.pv-top-card h1',
  ],
  headline: [
    // logged-in, 2024 onwards
    'section[data-member-id] div.text-body-medium.break-words',
    // logged-in, 2022 onwards
    '.pv-text-details__left-panel .text-body-medium',
    '.pv-top-card .text-body-medium.break-words',
    'div.text-body-medium.break-words',
  ],
  location: [
    // logged-in, 2024 onwards
    'section[data-member-id] span.text-body-small.inline.t-black--light.break-words',
    // logged-in, 2022 onwards
    '.pv-text-details__left-panel .text-body-small.inline.t-black--light',
    '.pv-top-card span.text-body-small.inline.t-black--light.break-words',
    'span.text-body-small.inline.t-black--light.break-words',
  ],
  avatar: [
    // logged-in, 2022 onwards
    'img.pv-top-card-profile-picture__image',
    '.pv-top-card img.pv-top-card-profile-picture__image--show',
    // public layout
    'img.top-card__profile-image',
  ],
  /** The visible copy of a text; LinkedIn repeats it in a `.visually-hidden` span. */
  visibleText: [
    // logged-in, 2021 onwards
    'span[aria-hidden="true"]',
  ],
  /** Elements whose text is a copy for screen readers, never read. */
  hiddenCopy: [
    // logged-in, 2021 onwards
    '.visually-hidden',
    '.a11y-text',
    '.sr-only',
  ],
  /** Section anchors: the div with the id sits inside its `<section>`. */
  anchors: {
    about: ['#about'],
    experience: ['#experience'],
    education: ['#education'],
    skills: ['#skills'],
    certifications: ['#licenses_and_certifications', '#certifications'],
  },
  /**
   * Any list of a section (on the main page and on details pages). Matched
   * together, not in turn: every layout's lists are found, outermost first.
   */
  anyList: [
    // logged-in, 2022 onwards: `ul.pvs-list`, also inside `.pvs-list__outer-container`;
    // hashed-class layout: plain `<ul>` (or `<ol>`)
    'ul',
    'ol',
    // hashed-class layout: a list drawn with divs and an ARIA role
    '[role="list"]',
  ],
  /**
   * Headings that name a section ("Experience", "Berufserfahrung", …), matched
   * together. Section headings are `<h2>`; some layouts use `<h3>` or a role.
   */
  sectionHeading: [
    // hashed-class layout: `<h2>` (some pages `<h3>`)
    'h2',
    'h3',
    // hashed-class layout: a heading drawn with a div and an ARIA role
    '[role="heading"]',
  ],
  /** Blocks that hold a heading and are not items of a section drawn with divs; matched together. */
  headingBlock: [
    // hashed layout drawn with divs: the top card's name, section headings
    'h1',
    'h2',
    'h3',
    // a heading drawn with a div and an ARIA role
    '[role="heading"]',
  ],
  /**
   * What the container of a heading holds besides it, so the heading's section
   * can be told from a mere wrapper; matched together.
   */
  headingSectionContent: [
    // hashed-class layout: a list of entries …
    'ul',
    'ol',
    '[role="list"]',
    // … or the paragraph of an about section
    'p',
  ],
  /** Controls that may say the section shows only some entries ("Show all 12 experiences"). */
  showAllControl: [
    // every logged-in layout: a footer link, or a button in the hashed-class layout
    'a',
    'button',
  ],
  /** The full text of an about section or a description. */
  showMoreText: [
    // logged-in, 2022 onwards
    '.inline-show-more-text',
    '.pv-shared-text-with-see-more',
  ],
  /** Links that say the main page shows only some roles ("Show all 12 experiences"). */
  showAllExperience: [
    // logged-in, 2022 onwards: the footer link under the list
    '#navigation-index-see-all-experiences',
    '.pvs-list__footer-wrapper a[href*="/details/experience"]',
  ],
  /** Contact and website links of the top card and the contact overlay. */
  contactLinks: [
    // logged-in contact-info overlay
    '.pv-contact-info__contact-link',
    'section.pv-contact-info a[href]',
    // logged-in "website" button on the top card
    '.pv-top-card a[href]',
    // public layout: website links in the top card
    '.top-card-layout a[href]',
  ],

  /**
   * Where a profile's own content lives, matched together: changes there (not in
   * the messaging overlay or the notifications) may bring sections in.
   */
  profileRoot: [
    // 2026 server-driven layout: the profile screen (the page may have no `<main>`, or one that is not its root)
    '[data-sdui-screen^="com.linkedin.sdui.flagshipnav.profile"]',
    // every earlier logged-in layout, and the public page
    'main',
  ],

  /* ---- server-driven (SDUI) logged-in layout, 2026: hashed classes, cards named by `componentkey` ---- */

  /**
   * The root of the server-driven profile screen. Changes inside it (or inside
   * `<main>`, for the older layouts) are the profile's own.
   */
  sduiScreen: [
    // 2026: the main profile screen
    '[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile"]',
    // 2026: other profile screens ("Show all" details pages), assumed to share the prefix
    '[data-sdui-screen^="com.linkedin.sdui.flagshipnav.profile"]',
  ],
  /** The top card: `com.linkedin.sdui.profile.card.ref<member id>Topcard`. */
  sduiTopCard: [
    // 2026
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]',
    // 2026, any other prefix
    '[componentkey$="Topcard"]',
  ],
  /** The name inside the top card (there is no `<h1>` on the page). */
  sduiName: [
    // 2026
    'h2',
  ],
  /** The About card (about text, then "Top skills"). */
  sduiAboutCard: [
    // 2026
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="About"]',
    '[componentkey$="About"]',
  ],
  /** The lazily filled wrappers below the Activity card (empty until the page is scrolled to them). */
  sduiLazyWrapper: [
    // 2026: `profileCardsBelowActivityPart1<slug>` … `Part6<slug>`
    '[componentkey^="profileCardsBelowActivity"]',
  ],
  /** Every card wrapper of the profile (above and below Activity). */
  sduiCardWrapper: [
    // 2026: `profileCardsAboveActivity<slug>`, `profileCardsBelowActivityPart<n><slug>`
    '[componentkey^="profileCardsAboveActivity"]',
    '[componentkey^="profileCardsBelowActivity"]',
  ],
  /** Sections once they have loaded, by their `componentkey` (a lead: confirmed by heading and items). */
  sduiSection: {
    experience: [
      // 2026
      '[componentkey*="ExperienceTopLevelSection"]',
    ],
    education: [
      // 2026
      '[componentkey*="EducationTopLevelSection"]',
    ],
  },
  /** The cards of the profile that a heading may name; matched together. */
  sduiCard: [
    // 2026: cards are `<section>`s, or elements carrying a card `componentkey`
    'section',
    '[componentkey^="com.linkedin.sdui.profile.card"]',
  ],
  /** One entry of a section (a role, a company with its roles, a school). */
  sduiItem: [
    // 2026: `entity-collection-item-<id>`, on the main page and on "Show all" pages
    '[componentkey^="entity-collection-item"]',
  ],
  /** One skill of the Skills section. */
  sduiSkillItem: [
    // 2026: `com.linkedin.sdui.profile.skill(<urn>)`
    '[componentkey^="com.linkedin.sdui.profile.skill("]',
  ],
  /** The wrapper of an alternate state of the top card (a second copy of the degree, not shown). */
  sduiAlternateState: [
    // 2026
    '[data-display-contents]',
  ],
  /** The top card's links to the current company and the school (hints, never roles). */
  sduiCompanyLink: [
    // 2026
    'a[href*="/company/"]',
  ],
  sduiSchoolLink: [
    // 2026
    'a[href*="/school/"]',
  ],
  /** The top card's action buttons (Connect, Message, Follow, More). */
  sduiActions: [
    // 2026: buttons, or links drawn as buttons
    'button',
    'a[role="button"]',
    'a[href*="/preload/custom-invite"]',
  ],

  /* ---- what a person's name is checked against (the headings and SDUI readers) ---- */

  /** The page's Open Graph title ("Name | LinkedIn"). */
  ogTitle: [
    // every layout that sets it (the public page, some logged-in pages)
    'meta[property="og:title"]',
    'meta[name="og:title"]',
  ],

  /* ---- pages under /in/ that are not a person ---- */

  /** Marks of a person's profile: any of them and the page is a profile, whatever else it says. */
  personMarker: [
    // logged-in, 2024 onwards
    'section[data-member-id]',
    // logged-in, 2022 onwards
    'section.pv-top-card',
    'h1.text-heading-xlarge',
    // public layout
    '.top-card-layout h1',
    // SDUI, 2026
    '[componentkey$="Topcard"] h2',
  ],
  /** A sign-in or join form (the sign-in wall, the not-found page's sign-up call to action). */
  signInForm: [
    // guest pages, 2020 onwards
    'input[name="session_key"]',
    'input[name="session_password"]',
    'form[action*="login-submit"]',
    'input[type="password"]',
  ],
  /** A meta refresh (the anti-bot interstitial redirects with one). */
  metaRefresh: [
    // anti-bot interstitial
    'meta[http-equiv="refresh"]',
    'meta[http-equiv="Refresh"]',
  ],

  /* ---- public, logged-out layout (top-card-layout, 2020 onwards) ---- */

  /** The public top card (name, headline, website links). */
  publicTopCard: [
    // public layout, 2020 onwards
    '.top-card-layout',
  ],
  publicAvatar: [
    // public layout, 2020 onwards
    'img.top-card__profile-image',
    '.top-card-layout__entity-image',
  ],
  publicName: ['h1.top-card-layout__title', '.top-card-layout__entity-info h1'],
  publicHeadline: ['h2.top-card-layout__headline', '.top-card-layout__headline'],
  publicLocation: [
    '.top-card-layout__first-subline .not-first-middot span:first-child',
    '.top-card__subline-item',
    '.top-card-layout__first-subline div:first-child',
  ],
  publicAbout: [
    'section.summary .core-section-container__content p',
    'section.summary .core-section-container__content',
    '[data-section="summary"] .core-section-container__content',
  ],
  publicExperienceItems: [
    'section.experience li.experience-item',
    '[data-section="experience"] li.experience-item',
    'li.experience-item',
  ],
  /** A company with several roles: the group item and its role items. */
  publicExperienceGroup: ['li.experience-group'],
  publicExperienceGroupRoles: ['li.experience-group-position', 'li.profile-section-card'],
  publicExperienceGroupCompany: ['.experience-group-header__company', 'h4'],
  publicItemTitle: ['.experience-item__title', '.profile-section-card__title', 'h3'],
  publicItemSubtitle: ['.experience-item__subtitle', '.profile-section-card__subtitle', 'h4'],
  publicDateRange: ['.date-range', 'p.experience-item__meta-item:first-of-type'],
  publicItemLocation: ['.experience-item__location', 'p.experience-item__meta-item + p.experience-item__meta-item'],
  publicItemDescription: ['.show-more-less-text__text--less', '.show-more-less-text__text--more', '.experience-item__description'],
  publicEducationItems: [
    'section.education li.education__list-item',
    'li.education__list-item',
    '[data-section="educationsDetails"] li.profile-section-card',
  ],
  publicEducationSchool: ['h3', '.profile-section-card__title'],
  publicEducationDegree: ['h4', '.profile-section-card__subtitle'],
  publicCertificationItems: [
    'section.certifications li.profile-section-card',
    '[data-section="certifications"] li',
  ],
  /** A certification card's name and its issuer (the same card markup as education). */
  publicCertificationName: [
    // public layout, 2020 onwards: `profile-section-card`
    'h3',
    '.profile-section-card__title',
  ],
  publicCertificationIssuer: [
    // public layout, 2020 onwards: `profile-section-card`
    'h4',
    '.profile-section-card__subtitle',
  ],
  publicSkillItems: ['section.skills li', '[data-section="skills"] li'],
  /** Markers that a `<section>` belongs to the public layout (the class-based reader reads it). */
  publicSectionMarker: ['.experience-item', '.experience-group', '.education__list-item', '.profile-section-card', '.core-section-container__content'],
} as const;

export type LinkedinSectionKey = keyof typeof linkedinSelectors.anchors;
