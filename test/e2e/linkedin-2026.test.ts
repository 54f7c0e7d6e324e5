/**
 * LinkedIn as recruiters meet it today, end to end: the 2026 server-driven
 * profile whose sections load as the page scrolls, pages under /in/ (and
 * GitHub's 404 under a profile address) that show no person, and a profile
 * that claims someone's GitHub.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, openProfile, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const api = createApiDouble({ accounts: [MONA] });
const pages = {
  github: {
    '/no-such-login': 'github/page-not-found.html',
  },
  linkedin: {
    '/in/sofia-marquez-dev/': 'linkedin/sdui-lazy-before.html',
    '/in/nobody-here/': 'linkedin/page-profile-not-found.html',
    '/in/behind-the-wall/': 'linkedin/page-sign-in-wall.html',
    '/in/mara-lindqvist/': 'linkedin/logged-in-anchored.html',
  },
};

let session: Session;
beforeAll(async () => {
  session = await launch(pages, api);
});
afterAll(async () => {
  await session?.close();
});

function panelFor(url: string) {
  return openProfile(session, url);
}

describe('the 2026 LinkedIn profile', () => {
  test('reads the name and headline at once, says Experience has not loaded, and completes when the sections load', async () => {
    const { page, panel, root } = await panelFor('https://www.linkedin.com/in/sofia-marquez-dev/');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Sofía Márquez');
    expect(await panel.getByTestId('linkedin-pending').textContent()).toMatch(/^Experience, Education and Skills haven't loaded yet: scroll down the profile/);
    // nothing is invented from the top card: no years, so the senior role's experience row is not checked
    const experience = panel.locator('[data-testid="requirement"][data-requirement="experience"]');
    expect(await experience.getAttribute('data-status')).toBe('unchecked');
    expect(await panel.getByTestId('seniority').getAttribute('data-band')).not.toBe('senior');

    // the recruiter scrolls: LinkedIn fills the lazy sections in place
    const after = readFileSync(join(FIXTURES, 'linkedin/sdui-lazy-after.html'), 'utf8');
    await page.evaluate((html) => {
      const loaded = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceWith(document.importNode(loaded.body, true));
      window.dispatchEvent(new Event('scroll'));
    }, after);
    await expect.poll(() => panel.getByTestId('linkedin-pending').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('seniority').getAttribute('data-band'), { timeout: 30_000 }).toBe('senior');
    await expect.poll(() => experience.getAttribute('data-status'), { timeout: 30_000 }).toBe('met');
    await panel.close();
    await page.close();
  });
});

describe('pages under a profile address that show no person', () => {
  test.each([
    ['https://www.linkedin.com/in/nobody-here/', /not.*found|check the address/i],
    ['https://www.linkedin.com/in/behind-the-wall/', /sign in/i],
    ['https://github.com/no-such-login', /no GitHub profile at this address.*spelling.*renamed/],
  ])('%s: no person, no score, no Save, and a note saying what the page is', async (url, note) => {
    const { page, panel, root } = await panelFor(url);
    await expect.poll(() => panel.getByTestId('page-note').count(), { timeout: 30_000 }).toBe(1);
    expect(await root.getAttribute('data-state')).toBe('idle');
    expect(await panel.getByTestId('page-note').textContent()).toMatch(note);
    expect(await panel.getByTestId('profile-name').count()).toBe(0);
    expect(await panel.getByTestId('verdict').count()).toBe(0);
    expect(await panel.getByTestId('save-candidate').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('a LinkedIn profile that names a GitHub account', () => {
  test('shows the link as a claim, not scored, until the recruiter confirms it', async () => {
    const { page, panel, root } = await panelFor('https://www.linkedin.com/in/mara-lindqvist/');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    const claim = panel.getByTestId('identity-claim');
    await expect.poll(() => claim.count(), { timeout: 30_000 }).toBe(1);
    expect(await claim.getAttribute('data-state')).toBe('claimed');
    expect(await claim.textContent()).toContain('github.com/maralind');
    await panel.getByTestId('claim-reject').click();
    await expect.poll(() => claim.getAttribute('data-state'), { timeout: 30_000 }).toBe('rejected');
    await panel.close();
    await page.close();
  });
});
