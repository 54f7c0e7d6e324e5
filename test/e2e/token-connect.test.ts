/**
 * A recruiter without a token connects GitHub from the panel itself: the
 * three steps, a token pasted in the panel's box and checked at once. A token
 * GitHub refuses stays in the box with the reason and is not saved; a good one
 * gives "Connected as @login · N lookups an hour" and the profile on the tab
 * is read again, in depth, with it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const GOOD = 'github_pat_e2e_panel_connect_0001';
const WRONG = 'github_pat_e2e_panel_connect_typo';
const api = createApiDouble({ accounts: [MONA], tokenOwners: { [GOOD]: 'mona-dev' } });

let session: Session;
let panel: Page;
beforeAll(async () => {
  session = await launch({ github: { '/mona-dev': 'github/profile-current.html' } }, api);
  const page = await session.context.newPage();
  await page.goto('https://github.com/mona-dev');
  panel = await openPanel(session, await tabIdOf(session, page));
});
afterAll(async () => {
  await session?.close();
});

describe('connecting GitHub from the panel', () => {
  test('a refused token is not saved, stays in the box and the panel says why', async () => {
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('token-create').getAttribute('href')).toBe('https://github.com/settings/personal-access-tokens/new');
    expect(await panel.getByTestId('quick-plan-notice').count()).toBe(1);
    await panel.getByTestId('panel-token-input').fill(WRONG);
    await panel.getByTestId('panel-token-save').click();
    const status = panel.getByTestId('panel-token-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/GitHub does not accept this token/);
    expect(await panel.getByTestId('panel-token-input').inputValue()).toBe(WRONG);
    expect(await panel.getByTestId('token-prompt').count()).toBe(1);
    // nothing but the check was sent with the refused token
    const withWrong = api.log.filter((r) => (r.headers.authorization ?? '').includes(WRONG));
    expect(withWrong.map((r) => new URL(r.url).pathname)).toEqual(['/user']);
  });

  test('a good token connects, replaces the prompt and the profile is read again in depth', async () => {
    await panel.getByTestId('panel-token-input').fill(GOOD);
    await panel.getByTestId('panel-token-save').click();
    await expect.poll(() => panel.getByTestId('token-connected').textContent(), { timeout: 15_000 }).toBe('Connected as @mona-dev · 60 lookups an hour');
    expect(await panel.getByTestId('token-prompt').count()).toBe(0);
    // read again with the token: the deep plan over GraphQL, so the quick-read notice goes
    await expect.poll(() => panel.getByTestId('quick-plan-notice').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    const graphql = api.log.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(graphql.length).toBeGreaterThan(0);
    expect(graphql.every((r) => (r.headers.authorization ?? '').includes(GOOD))).toBe(true);
  });
});
