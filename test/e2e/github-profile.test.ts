import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FIXTURES, launch, openPanel, ROOT, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const api = createApiDouble({ accounts: [MONA] });
const pages = {
  github: {
    '/mona-dev': 'github/profile-current.html',
    '/mona-dev/orbit-api': 'github/repo-page.html',
    '/orbit-labs': 'github/org-page.html',
  },
};

/**
 * Navigates the way GitHub's Turbo Drive does: no page load, the URL pushed,
 * head and body swapped for the new page's, then `turbo:load` dispatched.
 */
async function turboVisit(page: Page, path: string, fixture: string): Promise<void> {
  const markup = readFileSync(join(FIXTURES, fixture), 'utf8');
  await page.evaluate(
    ({ path, markup }) => {
      const next = new DOMParser().parseFromString(markup, 'text/html');
      history.pushState({ turbo: true }, '', path);
      document.head.replaceWith(document.adoptNode(next.head));
      document.body.replaceWith(document.adoptNode(next.body));
      document.documentElement.dispatchEvent(new Event('turbo:load', { bubbles: true }));
    },
    { path, markup },
  );
}

let session: Session;
beforeAll(async () => {
  session = await launch(pages, api);
});
afterAll(async () => {
  await session?.close();
});

describe('a recruiter on a GitHub profile', () => {
  test('sees the person, their languages and the rate limit in the panel', async () => {
    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev');
    const tabId = await tabIdOf(session, page);
    const panel = await openPanel(session, tabId);

    const root = panel.getByTestId('panel');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Mona Developer');
    expect(await panel.getByTestId('profile-id').textContent()).toBe('mona-dev');

    const languages = await panel.getByTestId('language').evaluateAll((els) => els.map((e) => e.getAttribute('data-language')));
    expect(languages[0]).toBe('Go');
    expect(languages).toContain('Python');
    const rate = panel.getByTestId('rate-limit');
    expect(Number(await rate.getAttribute('data-remaining'))).toBeLessThan(60);

    // Only the user and one page of repositories were asked for.
    const asked = api.log.map((r) => new URL(r.url).pathname);
    expect(asked).toContain('/users/mona-dev');
    expect(asked).toContain('/users/mona-dev/repos');

    // The verdict and its explanation, against the default senior backend role. Without a token only the
    // repository list was read: what needs files is not checked, never a gap, and the verdict is provisional.
    expect(await panel.getByTestId('role-picker').inputValue()).toBe('backend-senior');
    const verdict = panel.getByTestId('verdict');
    expect(['possible', 'insufficient']).toContain(await verdict.getAttribute('data-verdict'));
    expect(await verdict.getAttribute('data-provisional')).toBe('true');
    const dockerRow = panel.locator('[data-testid="requirement"][data-requirement="docker"]');
    expect(await dockerRow.getAttribute('data-status')).toBe('unchecked');
    expect(await dockerRow.getByTestId('requirement-label').textContent()).toBe('Docker');
    expect(await verdict.textContent()).toContain('Docker');
    expect(await panel.getByTestId('score-cap').count()).toBe(0);
    const primary = panel.locator('[data-testid="requirement"][data-requirement="primary-language"]');
    expect(await primary.getAttribute('data-priority')).toBe('must');
    expect(await primary.getAttribute('data-status')).not.toBe('missing');
    expect(await primary.getByTestId('evidence-link').first().getAttribute('href')).toMatch(/^https:\/\/github\.com\/mona-dev\//);
    const go = panel.locator('[data-testid="skill-evidence"][data-skill="go"]');
    expect(Number(await go.getAttribute('data-strength'))).toBeGreaterThan(0.3);

    // Saving twice updates one record.
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved: the existing record was updated.');

    // What a new recruiter without a token sees: the README's picture of the panel.
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.screenshot({ path: join(ROOT, 'docs/panel.png') });

    // Without a token only the repository list was read; digging deeper reads files and manifests.
    expect(await panel.getByTestId('quick-plan-notice').count()).toBe(1);
    await panel.getByTestId('dig-deeper').click();
    await expect.poll(() => panel.getByTestId('quick-plan-notice').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    const deepSkills = await panel.getByTestId('skill-evidence').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));
    expect(deepSkills).toEqual(expect.arrayContaining(['docker', 'ci-cd', 'postgresql']));
    // the files were read: Docker is now checked and shown, and the verdict has a number
    expect(['met', 'partial']).toContain(await dockerRow.getAttribute('data-status'));
    expect(['strong', 'possible', 'weak']).toContain(await verdict.getAttribute('data-verdict'));
    const score = Number(await panel.getByTestId('overall-score').textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    // GitHub alone never shows years of experience: the senior role's years row stays not checked, and no band is guessed
    expect(await panel.locator('[data-testid="requirement"][data-requirement="experience"]').getAttribute('data-status')).toBe('unchecked');
    expect(await panel.getByTestId('seniority').getAttribute('data-band')).toBe('unknown');

    await panel.close();
    await page.close();
  });

  test('opened again, the panel paints the last verdict at once, then its live view takes over', async () => {
    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev');
    const tabId = await tabIdOf(session, page);
    const first = await openPanel(session, tabId);
    await expect.poll(() => first.getByTestId('panel').getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    const shown = {
      verdict: await first.getByTestId('verdict').getAttribute('data-verdict'),
      label: await first.locator('[data-testid="verdict"] .verdict-name').textContent(),
      name: await first.getByTestId('profile-name').textContent(),
    };
    // the panel keeps what it showed for the next opening
    await expect
      .poll(() => first.evaluate(async (key) => Object.keys(await (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<object> } } } }).chrome.storage.session.get(key)).length, `firstScreen:${tabId}`), { timeout: 10_000 })
      .toBe(1);
    await first.close();

    const again = await session.context.newPage();
    // records the painted first screen the moment it appears, before React replaces it
    await again.addInitScript(() => {
      const seen: { verdict?: string | null; label?: string | null; name?: string | null; reactPresent?: boolean } = {};
      (globalThis as unknown as { __painted: typeof seen }).__painted = seen;
      new MutationObserver(() => {
        const card = document.querySelector('[data-first-screen="verdict"]');
        if (card && seen.verdict === undefined) {
          seen.verdict = card.getAttribute('data-verdict');
          seen.label = card.querySelector('.verdict-name')?.textContent ?? null;
          seen.name = document.querySelector('[data-first-screen="name"]')?.textContent ?? null;
          seen.reactPresent = document.querySelector('[data-testid="verdict"]') !== null;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await again.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => again.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    const painted = await again.evaluate(() => (globalThis as unknown as { __painted: Record<string, unknown> }).__painted);
    expect(painted).toEqual({ verdict: shown.verdict, label: shown.label, name: shown.name, reactPresent: false });
    // then React's view alone: the painted copy is gone, one verdict card, and it can be used
    await expect.poll(() => again.locator('#first-screen').count()).toBe(0);
    expect(await again.getByTestId('verdict').count()).toBe(1);
    expect(await again.getByTestId('verdict').getAttribute('data-verdict')).toBe(shown.verdict);
    await expect.poll(() => again.getByTestId('save-candidate').isVisible(), { timeout: 10_000 }).toBe(true);

    await again.close();
    await page.close();
  });

  test('a repository page shows the idle state, and going back to the profile shows the person again', async () => {
    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev');
    const tabId = await tabIdOf(session, page);
    const panel = await openPanel(session, tabId);
    const root = panel.getByTestId('panel');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');

    await page.goto('https://github.com/mona-dev/orbit-api');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('idle');
    expect(await panel.getByTestId('profile-name').count()).toBe(0);

    await page.goBack();
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('profile-id').textContent()).toBe('mona-dev');

    await page.goto('https://github.com/orbit-labs');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('idle');
    await panel.close();
    await page.close();
  });

  test('Turbo navigation from a repository to a profile and back updates the panel without a page load', async () => {
    const page = await session.context.newPage();
    await page.goto('https://github.com/mona-dev/orbit-api');
    const tabId = await tabIdOf(session, page);
    const panel = await openPanel(session, tabId);
    const root = panel.getByTestId('panel');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('idle');

    await turboVisit(page, '/mona-dev', 'github/profile-current.html');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('profile-id').textContent()).toBe('mona-dev');

    await turboVisit(page, '/orbit-labs', 'github/org-page.html');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('idle');
    expect(await panel.getByTestId('profile-name').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
