import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, launch, openProfile, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const api = createApiDouble({ accounts: [MONA] });
const pages = {
  linkedin: {
    '/in/mara-lindqvist/': 'linkedin/logged-in-anchored.html',
    '/in/noor-vandijk/': 'linkedin/truncated-main.html',
    '/in/noor-vandijk/details/experience/': 'linkedin/truncated-details-experience.html',
    '/in/unknown-layout/': 'linkedin/unrecognised-layout.html',
    '/feed/': 'linkedin/feed.html',
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

describe('a recruiter on a LinkedIn profile', () => {
  test('sees the person, their experience years and seniority, and a score against the role', async () => {
    const { page, panel, root } = await panelFor('https://www.linkedin.com/in/mara-lindqvist/');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Mara Lindqvist');
    expect(await panel.getByTestId('profile-id').textContent()).toBe('mara-lindqvist');

    const seniority = panel.getByTestId('seniority');
    expect(await seniority.getAttribute('data-band')).toBe('senior');
    // 2016-07 → today, with the internship at half rate: well over five years
    expect(Number(await seniority.getAttribute('data-years'))).toBeGreaterThan(8);
    expect(await panel.getByTestId('seniority-basis').textContent()).toMatch(/LinkedIn/i);

    const skills = await panel.getByTestId('skill-evidence').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));
    expect(skills).toEqual(expect.arrayContaining(['go', 'postgresql', 'kafka']));
    const score = Number(await panel.getByTestId('overall-score').textContent());
    expect(score).toBeGreaterThan(0);
    expect(await panel.getByTestId('requirement').count()).toBeGreaterThan(5);
    await panel.close();
    await page.close();
  });

  test('a truncated experience list invites the details page, which completes it', async () => {
    const { page, panel, root } = await panelFor('https://www.linkedin.com/in/noor-vandijk/');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => panel.getByTestId('linkedin-incomplete').count()).toBe(1);

    await page.goto('https://www.linkedin.com/in/noor-vandijk/details/experience/');
    await expect.poll(() => panel.getByTestId('linkedin-incomplete').count(), { timeout: 30_000 }).toBe(0);
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Noor van Dijk');
    expect(await panel.getByTestId('seniority').getAttribute('data-band')).toBe('senior');
    await panel.close();
    await page.close();
  });

  test('a layout Hirelens does not understand is said plainly, and the feed is not a profile', async () => {
    const { page, panel, root } = await panelFor('https://www.linkedin.com/in/unknown-layout/');
    await expect.poll(() => panel.getByTestId('linkedin-unrecognised').count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.getByTestId('profile-id').textContent()).toBe('unknown-layout');

    await page.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('idle');
    await panel.close();
    await page.close();
  });

  test('moving to another profile inside LinkedIn never shows the previous person for the new URL', async () => {
    const { page, panel, root } = await panelFor('https://www.linkedin.com/in/mara-lindqvist/');
    await expect.poll(() => panel.getByTestId('profile-name').textContent(), { timeout: 30_000 }).toBe('Mara Lindqvist');
    const seen: string[] = [];
    await panel.exposeFunction('hirelensSeen', (entry: string) => void seen.push(entry));
    await panel.evaluate(() => {
      const record = () => {
        const id = document.querySelector('[data-testid="profile-id"]')?.textContent ?? '';
        const name = document.querySelector('[data-testid="profile-name"]')?.textContent ?? '';
        (window as unknown as { hirelensSeen: (e: string) => void }).hirelensSeen(`${id}|${name}`);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    // LinkedIn changes the URL first and renders the new person a little later.
    // Meanwhile the old page still changes (a loading bar in the profile column).
    await page.evaluate(() => history.pushState({}, '', '/in/noor-vandijk/'));
    await page.waitForTimeout(200);
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('div')));
    await page.waitForTimeout(1000);
    const markup = readFileSync(join(FIXTURES, 'linkedin/truncated-main.html'), 'utf8');
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      // LinkedIn re-renders inside the same document (its title too)
      document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.adoptNode(n)));
      document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.adoptNode(n)));
    }, markup);
    await expect.poll(() => panel.getByTestId('profile-name').textContent(), { timeout: 30_000 }).toBe('Noor van Dijk');
    expect(await root.getAttribute('data-state')).toBe('ready');
    expect(seen.filter((e) => e.startsWith('noor-vandijk|') && !e.endsWith('|Noor van Dijk'))).toEqual([]);
    await panel.close();
    await page.close();
  });
});
