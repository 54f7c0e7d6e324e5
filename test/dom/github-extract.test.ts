import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractGithubProfile } from '@/lib/extract/github';
import { GithubProfile } from '@/lib/schemas/profile';

function page(name: string): Document {
  const html = readFileSync(resolve(process.cwd(), 'test/fixtures/github', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Extracts, and checks the result is what the rest of the extension accepts. */
function profileOf(name: string, url: string): GithubProfile {
  const profile = extractGithubProfile(page(name), url);
  expect(profile).not.toBeNull();
  return GithubProfile.parse(profile);
}

describe('today\'s layout (profile-current.html)', () => {
  const p = profileOf('profile-current.html', 'https://github.com/mona-dev');

  test('who the person is', () => {
    expect(p.source).toBe('github');
    expect(p.login).toBe('mona-dev');
    expect(p.name).toBe('Mona Developer');
    expect(p.bio).toBe('Backend engineer building APIs with Go and PostgreSQL. Open to remote roles.');
    expect(p.avatarUrl).toBe('https://avatars.githubusercontent.com/u/48151623?v=4');
  });

  test('where they work and live, and their local time zone', () => {
    expect(p.company).toBe('@orbit-labs');
    expect(p.location).toBe('São Paulo, Brazil');
    expect(p.utcOffsetHours).toBe(-3);
  });

  test('their website and social links, LinkedIn among them', () => {
    expect(p.website).toBe('https://mona.dev/');
    expect(p.socialLinks).toEqual(['https://www.linkedin.com/in/mona-developer', 'https://hachyderm.io/@monadev']);
  });

  test('followers read from "1.2k", following, and contributions in the last year', () => {
    expect(p.followers).toBe(1200);
    expect(p.following).toBe(87);
    expect(p.contributionsLastYear).toBe(1234);
  });

  test('pinned repositories, including one owned by an organization', () => {
    expect(p.pinned).toEqual([
      {
        owner: 'mona-dev',
        name: 'orbit-api',
        description: 'REST and gRPC API for the Orbit scheduling platform, backed by PostgreSQL and Redis.',
        language: 'Go',
        stars: 128,
        forks: 14,
      },
      { owner: 'mona-dev', name: 'orbit-web', description: 'Web client for Orbit, React and TypeScript.', language: 'TypeScript', stars: 1200, forks: 230 },
      { owner: 'orbit-labs', name: 'schema-registry', description: 'Versioned event schemas for Kafka topics.', language: 'Python', stars: 56, forks: null },
      { owner: 'mona-dev', name: 'dotfiles', description: null, language: 'Shell', stars: null, forks: null },
    ]);
  });
});

describe('the same person before the contributions calendar has loaded', () => {
  test('everything else is read; contributions are null, not 0', () => {
    const p = profileOf('profile-calendar-pending.html', 'https://github.com/mona-dev');
    expect(p.login).toBe('mona-dev');
    expect(p.name).toBe('Mona Developer');
    expect(p.pinned).toHaveLength(4);
    expect(p.followers).toBe(1200);
    expect(p.contributionsLastYear).toBeNull();
  });
});

describe('the 2020–2021 layout (profile-2021.html)', () => {
  const p = profileOf('profile-2021.html', 'https://github.com/lena-fischer');

  test('sidebar fields', () => {
    expect(p.login).toBe('lena-fischer');
    expect(p.name).toBe('Lena Fischer');
    expect(p.bio).toBe('Platform engineer. Kubernetes, Terraform, Python.');
    expect(p.company).toBe('Cloudwerk GmbH');
    expect(p.location).toBe('Berlin, Germany');
    expect(p.website).toBe('https://lena.example.de/');
    expect(p.followers).toBe(642);
    expect(p.following).toBe(31);
    expect(p.contributionsLastYear).toBe(2048);
  });

  test('the Twitter row is a social link; no local time is shown', () => {
    expect(p.socialLinks).toEqual(['https://twitter.com/lenafischer_dev']);
    expect(p.utcOffsetHours).toBeNull();
  });

  test('pinned repository with forks from the network link', () => {
    expect(p.pinned).toEqual([
      { owner: 'lena-fischer', name: 'tf-modules', description: 'Terraform modules for EKS clusters.', language: 'HCL', stars: 74, forks: 12 },
    ]);
  });
});

describe('the 2019 vcard layout (profile-2019.html)', () => {
  const p = profileOf('profile-2019.html', 'https://github.com/sam-okafor');

  test('sidebar fields from octicon rows', () => {
    expect(p.login).toBe('sam-okafor');
    expect(p.name).toBe('Samuel Okafor');
    expect(p.bio).toBe('Distributed systems, Rust and Java. Maintainer of raftkv.');
    expect(p.company).toBe('Acme Robotics');
    expect(p.location).toBe('Lagos, Nigeria');
    expect(p.website).toBe('http://samokafor.example/blog');
    expect(p.socialLinks).toEqual([]);
    expect(p.utcOffsetHours).toBeNull();
    expect(p.avatarUrl).toBe('https://avatars1.githubusercontent.com/u/1203344?s=460&v=4');
  });

  test('followers and following from the tab counters (the exact title wins over "3.4k")', () => {
    expect(p.followers).toBe(3412);
    expect(p.following).toBe(120);
    expect(p.contributionsLastYear).toBe(523);
  });

  test('pinned repositories: another owner\'s repo keeps its owner; a pinned gist is not a repository', () => {
    expect(p.pinned).toEqual([
      { owner: 'sam-okafor', name: 'raftkv', description: 'A small Raft-replicated key-value store.', language: 'Rust', stars: 2100, forks: 87 },
      { owner: 'apache', name: 'kafka', description: 'Mirror of Apache Kafka', language: 'Java', stars: 14872, forks: 8100 },
    ]);
  });
});

describe('the 2016–2018 layout (profile-2017.html)', () => {
  const p = profileOf('profile-2017.html', 'https://github.com/ines-moreau');

  test('sidebar fields, and the time zone from the local-time row\'s text', () => {
    expect(p.login).toBe('ines-moreau');
    expect(p.name).toBe('Inès Moreau');
    expect(p.bio).toBe('Python and Django since 2012. Postgres tinkerer.');
    expect(p.company).toBe('Lumen Analytics');
    expect(p.location).toBe('Lyon, France');
    expect(p.utcOffsetHours).toBe(1);
  });

  test('followers from the tab counters, contributions from the older calendar', () => {
    expect(p.followers).toBe(310);
    expect(p.following).toBe(41);
    expect(p.contributionsLastYear).toBe(1024);
  });

  test('pinned repositories from .pinned-repo-item cards, forks from the /network link', () => {
    expect(p.pinned).toEqual([
      { owner: 'ines-moreau', name: 'quill', description: 'Django app for versioned survey forms.', language: 'Python', stars: 412, forks: 38 },
      { owner: 'ines-moreau', name: 'pg-tidy', description: 'Finds unused indexes in PostgreSQL.', language: 'PLpgSQL', stars: 1300, forks: null },
    ]);
  });
});

describe('a page with hostile text (hostile-profile.html)', () => {
  const p = profileOf('hostile-profile.html', 'https://github.com/mallory-dev');

  test('markup written as text stays text', () => {
    expect(p.name).toContain("<img src=x onerror=alert('name')>");
    expect(p.company).toBe(`@evil"><script>alert('company')</script>`);
    expect(p.pinned[0]?.description).toBe("<img src=x onerror=alert('pinned')> An API on PostgreSQL");
  });

  test('javascript: and data: links are dropped; an ordinary social link is kept', () => {
    expect(p.website).toBeNull();
    expect(p.avatarUrl).toBeNull();
    expect(p.socialLinks).toEqual(['https://hachyderm.io/@mallory']);
  });

  test('a 100 KB bio is read whole, within the schema\'s limit', () => {
    expect(p.bio?.length).toBe(100_000);
  });
});

describe('a profile with no optional fields (profile-minimal.html)', () => {
  test('every field the page does not show is null or empty; zero counts are 0', () => {
    const p = profileOf('profile-minimal.html', 'https://github.com/quiet-coder42');
    expect(p).toEqual({
      source: 'github',
      login: 'quiet-coder42',
      name: null,
      bio: null,
      avatarUrl: 'https://avatars.githubusercontent.com/u/99887766?v=4',
      company: null,
      location: null,
      website: null,
      socialLinks: [],
      followers: 0,
      following: 0,
      pinned: [],
      contributionsLastYear: 0,
      utcOffsetHours: null,
    });
  });
});

describe('a profile with many social links (profile-many-socials.html)', () => {
  const p = profileOf('profile-many-socials.html', 'https://github.com/kai-nakamura');

  test('all four social accounts, in page order, and the website apart from them', () => {
    expect(p.socialLinks).toEqual([
      'https://linkedin.com/in/kai-nakamura',
      'https://twitter.com/kainakamura',
      'https://bsky.app/profile/kai.example',
      'https://stackoverflow.com/users/1234567/kai-nakamura',
    ]);
    expect(p.website).toBe('http://kai.example/');
  });

  test('a half-hour time zone read from the "UTC+05:30" text, not from "8h ahead"', () => {
    expect(p.utcOffsetHours).toBe(5.5);
  });

  test('counts with k and thousands separators; the newest calendar heading', () => {
    expect(p.followers).toBe(12500);
    expect(p.following).toBe(1234);
    expect(p.contributionsLastYear).toBe(3901);
  });

  test('"Popular repositories" are not pinned by the person', () => {
    expect(p.pinned).toEqual([]);
  });
});

describe('the ?tab= pages of a person still show that person', () => {
  test.each([
    ['profile-tab-repositories.html', 'https://github.com/mona-dev?tab=repositories'],
    ['profile-tab-stars.html', 'https://github.com/mona-dev?tab=stars'],
  ])('%s', (fixture, url) => {
    const p = profileOf(fixture, url);
    expect(p.login).toBe('mona-dev');
    expect(p.name).toBe('Mona Developer');
    expect(p.company).toBe('@orbit-labs');
    expect(p.location).toBe('São Paulo, Brazil');
    expect(p.socialLinks).toContain('https://www.linkedin.com/in/mona-developer');
    expect(p.followers).toBe(1200);
    expect(p.utcOffsetHours).toBe(-3);
    // Listed or starred repositories are not the person's pinned ones; the tab has no calendar.
    expect(p.pinned).toEqual([]);
    expect(p.contributionsLastYear).toBeNull();
  });
});

describe('pages that are not a person\'s profile give null', () => {
  test('an organization, even at a profile-shaped URL', () => {
    expect(extractGithubProfile(page('org-page.html'), 'https://github.com/orbit-labs')).toBeNull();
  });

  test('an organization without the hovercard tag is told apart by its header, even with person-like name markup', () => {
    const doc = page('org-page.html');
    doc.querySelector('meta[name="hovercard-subject-tag"]')?.remove();
    const nickname = doc.createElement('span');
    nickname.className = 'p-nickname';
    nickname.textContent = 'orbit-labs';
    doc.querySelector('h1')?.append(nickname);
    expect(extractGithubProfile(doc, 'https://github.com/orbit-labs')).toBeNull();
  });

  test('a 2019 organization page, with schema.org on https and no hovercard tag, even with person-like name markup', () => {
    const doc = page('org-page-2019.html');
    const nickname = doc.createElement('span');
    nickname.className = 'p-nickname';
    nickname.textContent = 'tern-collective';
    doc.querySelector('h1')?.append(nickname);
    expect(extractGithubProfile(doc, 'https://github.com/tern-collective')).toBeNull();
  });

  test('a repository page', () => {
    expect(extractGithubProfile(page('repo-page.html'), 'https://github.com/mona-dev/orbit-api')).toBeNull();
  });

  test('a repository page even at its owner\'s URL (the document has no profile sidebar)', () => {
    expect(extractGithubProfile(page('repo-page.html'), 'https://github.com/mona-dev')).toBeNull();
  });

  test('the settings page', () => {
    expect(extractGithubProfile(page('settings-page.html'), 'https://github.com/settings/profile')).toBeNull();
  });

  test.each([
    'https://github.com/settings',
    'https://github.com/notifications',
    'https://github.com/marketplace',
    'https://github.com/topics',
    'https://github.com/orgs/orbit-labs',
    'https://github.com/orgs/orbit-labs/people',
    'https://github.com/mona-dev/orbit-api/issues',
    'https://gist.github.com/mona-dev',
  ])('reserved or non-profile URL %s, whatever the document holds', (url) => {
    expect(extractGithubProfile(page('profile-current.html'), url)).toBeNull();
  });

  test('a profile URL whose document still shows another person (mid soft navigation)', () => {
    expect(extractGithubProfile(page('profile-current.html'), 'https://github.com/someone-else')).toBeNull();
  });

  test('an empty or not-found page at a profile URL', () => {
    const doc = new DOMParser().parseFromString('<html><body><h1>404 - page not found</h1></body></html>', 'text/html');
    expect(extractGithubProfile(doc, 'https://github.com/ghost-user')).toBeNull();
  });
});

describe('robustness', () => {
  test('the login in the URL matches case-insensitively; the login shown is kept', () => {
    const p = profileOf('profile-current.html', 'https://github.com/Mona-Dev');
    expect(p.login).toBe('mona-dev');
  });

  test('a javascript: website is dropped, never passed on', () => {
    const doc = page('profile-current.html');
    doc.querySelector('[itemprop="url"] a')?.setAttribute('href', 'javascript:alert(1)');
    const p = extractGithubProfile(doc, 'https://github.com/mona-dev');
    expect(p?.website).toBeNull();
  });

  test('an overlong bio is cut to the schema\'s limit instead of voiding the profile', () => {
    const doc = page('profile-current.html');
    const bio = doc.querySelector('.user-profile-bio div');
    if (bio) bio.textContent = 'x'.repeat(250_000);
    const p = extractGithubProfile(doc, 'https://github.com/mona-dev');
    expect(GithubProfile.parse(p).bio).toHaveLength(200_000);
  });
});

describe('a profile on a GitHub Enterprise host', () => {
  test('reads the person with the host given, pinned repositories included, and nothing without it', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/github/profile-current.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const url = 'https://ghe.example.test/mona-dev';
    const profile = extractGithubProfile(doc, url, { host: 'ghe.example.test' });
    expect(profile?.login).toBe('mona-dev');
    expect(profile?.name).toBe('Mona Developer');
    expect(profile?.pinned.length).toBeGreaterThan(0);
    expect(extractGithubProfile(doc, url)).toBeNull();
  });
});
