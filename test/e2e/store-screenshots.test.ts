/**
 * The store screenshots (docs/store/screenshots/*.png), taken from the built
 * extension on fixture pages so they always show the current build. The
 * Chrome Web Store and Edge Add-ons take 1280 × 800; addons.mozilla.org takes
 * the same files.
 *
 * Each screenshot is the profile page on the left and the side panel on the
 * right, as a recruiter sees them side by side: the page is shot at 860 × 800,
 * the panel (sidepanel.html?tab=…, the same page the side panel shows) at
 * 420 × 800, and the two are put together on a blank page of 1280 × 800.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPanel, ROOT, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';

const OUT = join(ROOT, 'docs/store/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL_WIDTH = 420;

const pages = {
  github: { '/mona-dev': 'github/profile-current.html' },
  linkedin: { '/in/mara-lindqvist/': 'linkedin/logged-in-anchored.html' },
};

let session: Session | null = null;
afterAll(async () => {
  await session?.close();
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function profileWithPanel(s: Session, url: string): Promise<{ page: Page; panel: Page }> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: WIDTH - PANEL_WIDTH, height: HEIGHT });
  await page.goto(url);
  const panel = await openPanel(s, await tabIdOf(s, page));
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
  return { page, panel };
}

/** The page and the panel side by side, written to docs/store/screenshots/<name>.png; resolves to the PNG. */
async function shoot(s: Session, name: string, page: Page, panel: Page): Promise<Buffer> {
  const left = await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH - PANEL_WIDTH, height: HEIGHT } });
  const right = await panel.screenshot({ clip: { x: 0, y: 0, width: PANEL_WIDTH, height: HEIGHT } });
  const canvas = await s.context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  await canvas.setContent(
    '<!doctype html><body style="margin:0;display:flex;background:#fff;overflow:hidden">' +
      `<img id="page" width="${WIDTH - PANEL_WIDTH}" height="${HEIGHT}" style="display:block">` +
      `<img id="panel" width="${PANEL_WIDTH}" height="${HEIGHT}" style="display:block;box-shadow:-1px 0 0 #d0d7de">` +
      '</body>',
  );
  await canvas.evaluate(
    async ([l, r]) => {
      const load = (id: string, b64: string) =>
        new Promise<void>((resolve, reject) => {
          const img = document.getElementById(id) as HTMLImageElement;
          img.onload = () => resolve();
          img.onerror = () => reject(new Error(`${id} did not load`));
          img.src = `data:image/png;base64,${b64}`;
        });
      await Promise.all([load('page', l!), load('panel', r!)]);
    },
    [left.toString('base64'), right.toString('base64')],
  );
  mkdirSync(OUT, { recursive: true });
  const png = await canvas.screenshot({ path: join(OUT, `${name}.png`), clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  await canvas.close();
  expect(pngSize(png)).toEqual({ width: WIDTH, height: HEIGHT });
  return png;
}

describe('store screenshots at 1280 × 800', () => {
  test('a GitHub profile scored, a LinkedIn profile scored, the candidate list with the ATS export, and the roles', async () => {
    session = await launch(pages, createApiDouble({ accounts: [MONA] }));

    // 1. A GitHub profile with its score, requirement rows and evidence
    const gh = await profileWithPanel(session, 'https://github.com/mona-dev');
    expect(Number(await gh.panel.getByTestId('overall-score').textContent())).toBeGreaterThan(0);
    await shoot(session, '1-github-profile', gh.page, gh.panel);

    // 2. A LinkedIn profile: experience read into seniority
    const li = await profileWithPanel(session, 'https://www.linkedin.com/in/mara-lindqvist/');
    expect(await li.panel.getByTestId('seniority').getAttribute('data-band')).toBe('senior');
    await shoot(session, '2-linkedin-profile', li.page, li.panel);

    // 3. Both saved; the candidate list, with the export format set for the team's ATS
    await gh.panel.getByTestId('save-candidate').click();
    await expect.poll(() => gh.panel.getByTestId('save-status').count()).toBe(1);
    await li.panel.getByTestId('save-candidate').click();
    await expect.poll(() => li.panel.getByTestId('save-status').count()).toBe(1);
    await gh.panel.getByTestId('nav-candidates').click();
    await expect.poll(() => gh.panel.getByTestId('candidate-row').count()).toBe(2);
    await gh.panel.getByTestId('export-format').selectOption('greenhouse');
    await shoot(session, '3-candidates', gh.page, gh.panel);

    // 4. The roles: presets, the matrix, shared roles
    await li.panel.getByTestId('nav-roles').click();
    await expect.poll(() => li.panel.getByTestId('roles-view').count()).toBe(1);
    await shoot(session, '4-roles', li.page, li.panel);
  });
});
