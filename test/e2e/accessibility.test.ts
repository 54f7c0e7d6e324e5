/**
 * axe-core on every view of the built extension, in Chromium at the side
 * panel's 420 × 900: the profile in each verdict state (strong, possible,
 * weak, not enough to judge), a page that is not a person, Candidates,
 * Compare, Bulk, Roles and the options page, in the light and the dark
 * scheme. No serious or critical violation is allowed; the rest is printed.
 *
 * axe is evaluated into the page through the DevTools protocol (page.evaluate),
 * which the extension pages' script policy does not apply to, so nothing is
 * added to the extension for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Session } from './harness';
import { createApiDouble, type ApiDoubleOptions } from '../support/api-double';
import { MONA, makeAccount } from '../support/accounts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, and axe's best practices (landmarks, one main, headings). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

async function axe(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const run = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  }, TAGS);
}

/** Checks a view in both colour schemes: no serious or critical violation; the others are printed. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await axe(page);
    const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
    if (minor.length > 0) process.stdout.write(`axe (${view}, ${scheme}), not serious: ${minor.map((v) => `${v.id} ×${v.nodes.length}`).join(', ')}\n`);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, `${view} (${scheme}): ${JSON.stringify(serious, null, 2)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const pages = {
  github: { '/mona-dev': 'github/profile-current.html' },
  linkedin: { '/in/mara-lindqvist/': 'linkedin/logged-in-anchored.html', '/in/no-such-person/': 'linkedin/page-profile-not-found.html' },
};

/** The same page, and a GitHub account whose repositories show no backend work at all (a front-end developer). */
const FRONTEND_MONA = makeAccount('mona-dev', 'Mona Developer', [
  { name: 'design-system', language: 'TypeScript', size: 5200, topics: ['react', 'storybook'] },
  { name: 'portfolio', language: 'CSS', size: 900, topics: ['portfolio'] },
  { name: 'landing', language: 'HTML', size: 300 },
]);

const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
});

async function start(options: ApiDoubleOptions): Promise<Session> {
  const session = await launch(pages, createApiDouble(options));
  sessions.push(session);
  return session;
}

async function panelFor(session: Session, url: string, state = 'ready'): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const panel = await openPanel(session, await tabIdOf(session, page));
  await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe(state);
  return { page, panel };
}

function verdictOf(panel: Page): Promise<string | null> {
  return panel.getByTestId('verdict').getAttribute('data-verdict');
}

describe('no serious accessibility violation in any view', () => {
  const seen = new Set<string>();

  test('the profile: possible (a quick read), strong (read in depth, junior role), and the views around it', async () => {
    const session = await start({ accounts: [MONA] });
    const { panel } = await panelFor(session, 'https://github.com/mona-dev');
    // without a token: a provisional read, with the token link
    await expect.poll(() => panel.getByTestId('token-create').count(), { timeout: 10_000 }).toBe(1);
    seen.add((await verdictOf(panel)) ?? '');
    await expectAccessible(panel, `profile, ${await verdictOf(panel)}`);

    // the same person read in depth against the junior role
    await panel.getByTestId('role-picker').selectOption('backend-junior');
    await panel.getByTestId('dig-deeper').click();
    await expect.poll(() => panel.getByTestId('quick-plan-notice').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    seen.add((await verdictOf(panel)) ?? '');
    // with the folded parts open too: gaps, met rows, details
    await panel.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
    await expectAccessible(panel, `profile, ${await verdictOf(panel)}, everything open`);

    await panel.getByTestId('save-details-toggle').click();
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');
    await expectAccessible(panel, 'profile, saved, tags and notes open');

    const linkedin = await panelFor(session, 'https://www.linkedin.com/in/mara-lindqvist/');
    await linkedin.panel.getByTestId('save-candidate').click();
    await expect.poll(() => linkedin.panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');

    // Candidates, with a row selected and one editor open
    await panel.getByTestId('nav-candidates').click();
    await expect.poll(() => panel.getByTestId('candidate-row').count(), { timeout: 10_000 }).toBe(2);
    await expectAccessible(panel, 'candidates');
    for (const box of await panel.getByTestId('compare-select').all()) await box.check();
    await expect.poll(() => panel.getByTestId('batch-bar').count()).toBe(1);
    await panel.getByTestId('candidate-edit').first().click();
    await expectAccessible(panel, 'candidates, two selected, an editor open');

    // Compare
    await panel.getByTestId('compare-open').click();
    await expect.poll(() => panel.getByTestId('compare-table').count(), { timeout: 10_000 }).toBe(1);
    await expectAccessible(panel, 'compare');

    // Bulk, with a list that has a bad entry and a LinkedIn profile to visit
    await panel.getByTestId('nav-bulk').click();
    await panel.getByTestId('bulk-input').fill('mona-dev\nMona Developer\nhttps://www.linkedin.com/in/mara-lindqvist/');
    await expect.poll(() => panel.getByTestId('bulk-rejected').count()).toBe(1);
    await expectAccessible(panel, 'bulk');

    // Roles: one main landmark, the editor of a preset
    await panel.getByTestId('nav-roles').click();
    await expect.poll(() => panel.getByTestId('roles-view').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.locator('main').count()).toBe(1);
    await expectAccessible(panel, 'roles');

    // Options
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('token-input').count()).toBe(1);
    await expectAccessible(options, 'options');

    // A page under a profile address that is no one: the note, no person
    const nobody = await panelFor(session, 'https://www.linkedin.com/in/no-such-person/', 'idle');
    await expect.poll(() => nobody.panel.getByTestId('page-note').count(), { timeout: 30_000 }).toBe(1);
    await expectAccessible(nobody.panel, 'not a profile');
  });

  test('the profile: weak (no backend work in the repositories)', async () => {
    const session = await start({ accounts: [FRONTEND_MONA] });
    const { panel } = await panelFor(session, 'https://github.com/mona-dev');
    await panel.getByTestId('dig-deeper').click();
    await expect.poll(() => panel.getByTestId('quick-plan-notice').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    seen.add((await verdictOf(panel)) ?? '');
    await expectAccessible(panel, `profile, ${await verdictOf(panel)}`);
  });

  test('the profile: not enough to judge (the rate limit ran out before the repositories)', async () => {
    const session = await start({ accounts: [MONA], rateLimit: 1 });
    const { panel } = await panelFor(session, 'https://github.com/mona-dev');
    await expect.poll(() => panel.getByTestId('partial-notice').count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.getByTestId('overall-score').count()).toBe(0);
    seen.add((await verdictOf(panel)) ?? '');
    await expectAccessible(panel, `profile, ${await verdictOf(panel)}`);
  });

  test('every verdict state was checked', () => {
    expect([...seen].sort()).toEqual(['insufficient', 'possible', 'strong', 'weak']);
  });
});
