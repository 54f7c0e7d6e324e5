/**
 * Hand-off and what stores ask for, through the built extension: the privacy
 * page is reachable from the options page; a saved candidate exported with the
 * Greenhouse preset gives Greenhouse's import header; a role file subscribed
 * to by URL shows in the role picker and survives a bad update of the file.
 *
 * Granting the role file's site: as in enterprise.test.ts, Chromium's
 * permission prompt cannot be answered by Playwright, so the site is granted
 * the other way Chromium offers a person (chrome://extensions → Site access);
 * the Roles view's own Subscribe then runs unchanged (the request resolves at
 * once for a granted site).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';
import { parseCsv } from '../../lib/candidates/csv-parse';
import { ATS_HEADERS } from '../../lib/candidates/ats-export';
import { PRESETS, exportMatrices } from '../../lib/matrix';

const ROLE_HOST = 'roles.example.test';
const ROLE_URL = `https://${ROLE_HOST}/team/roles.json`;
const GOOD_FILE = exportMatrices([{ ...PRESETS[1]!, id: 'platform-engineer', name: 'Platform engineer (team)', basedOn: null }]);

let session: Session;
/** what the role file's host serves, and how often it was asked */
const roleFile = { body: GOOD_FILE, requests: 0 };

beforeAll(async () => {
  session = await launch({ github: { '/mona-dev': 'github/profile-current.html' } }, createApiDouble({ accounts: [MONA] }));
  await session.context.route(`https://${ROLE_HOST}/**`, (route) => {
    roleFile.requests += 1;
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { etag: `"${roleFile.body.length}"` }, body: roleFile.body });
  });
});
afterAll(async () => {
  await session?.close();
});

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

/** What a person does on chrome://extensions → Hirelens → Site access → Add site. */
async function grantSite(origin: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ({ id, origin }) => {
      await (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.addHostPermission(id, origin);
    },
    { id: session.extensionId, origin },
  );
  await page.close();
}

async function githubPanel(): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto('https://github.com/mona-dev');
  const panel = await openPanel(session, await tabIdOf(session, page));
  await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
  return { page, panel };
}

async function rolePickerValues(panel: Page): Promise<string[]> {
  return panel.getByTestId('role-picker').locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
}

describe('what stores and users must be told', () => {
  test('the privacy page opens from the options page, with the policy', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const [privacy] = await Promise.all([session.context.waitForEvent('page'), options.getByTestId('privacy-link').click()]);
    await privacy.waitForLoadState();
    expect(privacy.url()).toBe(`chrome-extension://${session.extensionId}/privacy.html`);
    await expect.poll(() => privacy.getByTestId('privacy-page').count()).toBe(1);
    expect(await privacy.getByRole('heading', { level: 1 }).textContent()).toBe('Hirelens privacy policy');
    expect(await privacy.getByTestId('privacy-page').textContent()).toContain('Nothing is sent to any server of ours');
    await privacy.close();
    await options.close();
  });
});

describe('hand-off to the team', () => {
  test('a saved candidate exported with the Greenhouse preset gives Greenhouse’s import header', async () => {
    const { page, panel } = await githubPanel();
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');
    await panel.getByTestId('nav-candidates').click();
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBe(1);
    await panel.getByTestId('export-format').selectOption('greenhouse');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^hirelens-greenhouse-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]).toEqual([...ATS_HEADERS.greenhouse]);
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    // GitHub in Website when LinkedIn takes Social Media, else in Social Media
    expect([record['Website'], record['Social Media']]).toContain('https://github.com/mona-dev');
    expect(record['Notes']).toMatch(/^Hirelens verdict for /);
    await panel.close();
    await page.close();
  });

  test('a role subscribed by URL appears in the role picker and survives a bad update of its file', async () => {
    await grantSite(`https://${ROLE_HOST}/*`);
    const { page, panel } = await githubPanel();
    await panel.getByTestId('nav-roles').click();
    await panel.getByTestId('subscribe-url').fill(ROLE_URL);
    await panel.getByTestId('subscribe-submit').click();
    await expect.poll(() => panel.getByTestId('subscribe-result').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(roleFile.requests).toBe(1);
    const shared = panel.locator('[data-testid="matrix-item"][data-shared="true"]');
    await expect.poll(() => shared.count()).toBe(1);
    const sharedId = (await shared.getAttribute('data-id'))!;
    expect(sharedId).toMatch(/^shared-[a-z0-9]+-platform-engineer$/);

    await panel.getByTestId('nav-profile').click();
    await expect.poll(() => rolePickerValues(panel)).toContain(sharedId);
    await panel.getByTestId('role-picker').selectOption(sharedId);
    await expect.poll(() => panel.getByTestId('requirement').count()).toBeGreaterThan(0);

    // The file goes bad; a day later the background's check refuses it and keeps the last good version.
    roleFile.body = '{"format":"hirelens-matrices","matrices":[{"id":"platform-engineer"';
    const [worker] = session.context.serviceWorkers();
    await worker!.evaluate(async () => {
      interface Chrome {
        storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
        alarms: { create(name: string, info: { when: number }): Promise<void> };
      }
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const stored = (await c.storage.local.get('roleSubscriptions')).roleSubscriptions as { subscriptions: { checkedAt: string | null }[] };
      for (const s of stored.subscriptions) s.checkedAt = new Date(Date.now() - 25 * 3_600_000).toISOString();
      await c.storage.local.set({ roleSubscriptions: stored });
      // the background's own alarm, due now (an unpacked extension's alarms may fire this soon)
      await c.alarms.create('hirelens-role-subscriptions', { when: Date.now() + 100 });
    });
    await expect.poll(() => roleFile.requests, { timeout: 30_000 }).toBe(2);

    await panel.getByTestId('nav-roles').click();
    const sub = panel.getByTestId('subscription');
    await expect.poll(() => sub.getAttribute('data-status'), { timeout: 15_000 }).toBe('error');
    expect(await panel.getByTestId('subscription-error').textContent()).toMatch(/not a valid role file/);
    expect(await shared.getAttribute('data-id')).toBe(sharedId);
    await panel.getByTestId('nav-profile').click();
    await expect.poll(() => rolePickerValues(panel)).toContain(sharedId);
    expect(await panel.getByTestId('role-picker').inputValue()).toBe(sharedId);
    await panel.close();
    await page.close();
  });
});
