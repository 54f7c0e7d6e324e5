/**
 * Hostile pages end to end: a GitHub profile and a LinkedIn profile whose text
 * is markup (script tags, event handlers), with javascript:/data: links, a
 * right-to-left override and a 100 KB bio. The real content scripts read them,
 * the real worker evaluates, the real panel shows them: nothing may run, every
 * link must be http(s), and a 320 px panel must not scroll sideways.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { launch, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA, makeAccount } from '../support/accounts';

const RLO = '\u202E';

const MALLORY = makeAccount('mallory-dev', `Mallory <img src=x onerror=alert('api-name')>`, [
  { name: 'orbit', language: 'Go', size: 1200, pushedAt: '2026-10-01T09:00:00Z', description: `<img src=x onerror=alert('repo')> An API on PostgreSQL`, topics: ['postgresql'] },
  { name: 'tools', language: 'Python', size: 400, pushedAt: '2026-06-01T09:00:00Z', description: `<script>alert('repo2')</script> Docker tooling`, topics: ['docker'] },
]);
// GitHub would never send these, but nothing from the network becomes a link unless it is http(s)
const [orbit, tools] = MALLORY.repos;
if (!orbit || !tools) throw new Error('the hostile account needs two repositories');
orbit.html_url = `javascript:alert('repo-url')`;
tools.html_url = 'data:text/html,<script>alert(1)</script>';

const api = createApiDouble({ accounts: [MONA, MALLORY] });
const pages = {
  github: { '/mallory-dev': 'github/hostile-profile.html' },
  linkedin: { '/in/robin-evil/': 'linkedin/hostile-text.html' },
};

let session: Session;
beforeAll(async () => {
  session = await launch(pages, api);
});
afterAll(async () => {
  await session?.close();
});

interface Opened {
  page: Page;
  panel: Page;
  dialogs: string[];
}

/** Opens the profile and its panel at 320 px, recording every dialog either page raises. */
async function openHostile(url: string): Promise<Opened> {
  const dialogs: string[] = [];
  const record = (where: string) => (dialog: Dialog) => {
    dialogs.push(`${where}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };
  const page = await session.context.newPage();
  page.on('dialog', record('profile page'));
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  const panel = await session.context.newPage();
  panel.on('dialog', record('panel'));
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  return { page, panel, dialogs };
}

/** What a recruiter could click or what could run, as read from the panel's DOM. */
async function panelSurface(panel: Page) {
  return panel.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      imgSrcs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      foreignScripts: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')).filter((src) => !src?.startsWith('/') && !src?.startsWith('chrome-extension:')),
      frames: document.querySelectorAll('iframe, object, embed').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      pwned: (globalThis as { __pwned?: unknown }).__pwned ?? null,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    };
  });
}

function expectInert(surface: Awaited<ReturnType<typeof panelSurface>>, dialogs: string[]): void {
  expect(dialogs).toEqual([]);
  expect(surface.pwned).toBeNull();
  expect(surface.scripts).toBe(0);
  expect(surface.foreignScripts).toEqual([]);
  expect(surface.frames).toBe(0);
  expect(surface.handlers).toEqual([]);
  // links out are absolute http(s); the only other links are the extension's own pages (the privacy page), by path
  for (const href of surface.hrefs) expect(href ?? '').toMatch(/^(https?:\/\/|\/(?!\/))/);
  for (const src of surface.imgSrcs) expect(src ?? '').toMatch(/^https?:\/\//);
  // the layout holds at the side panel's narrowest width
  expect(surface.clientWidth).toBe(320);
  expect(surface.scrollWidth).toBeLessThanOrEqual(surface.clientWidth);
}

describe('a hostile GitHub profile', () => {
  test('shows its markup as text, makes no link of javascript: or data: URLs, runs nothing and fits 320 px', async () => {
    const { page, panel, dialogs } = await openHostile('https://github.com/mallory-dev');
    const root = panel.getByTestId('panel');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');

    const name = (await panel.getByTestId('profile-name').textContent()) ?? '';
    // a right-to-left override is stripped from the name, so it cannot reorder what the recruiter reads
    expect(name.startsWith('Mallory ')).toBe(true);
    expect(name).not.toContain(RLO);
    expect(name).toContain(`<img src=x onerror=alert('name')>`);
    expect(name).toContain(`<script>alert('name2')</script>`);
    expect(await panel.getByTestId('profile-id').textContent()).toBe('mallory-dev');

    const subtitle = panel.locator('.subtitle');
    const bio = (await subtitle.textContent()) ?? '';
    expect(bio.startsWith(`<script>alert('bio')</script> <img src=x onerror=alert('bio2')>`)).toBe(true);
    expect(bio).toContain(`<a href="javascript:alert('bio3')">click me</a>`);
    expect(bio.length).toBeGreaterThan(90_000);
    // a 100 KB bio is clipped to a few lines, not a page-long card
    const box = await subtitle.boundingBox();
    expect(box?.height ?? Infinity).toBeLessThan(250);

    // the evaluation still happened: languages and evidence from the repositories
    const languages = await panel.getByTestId('language').evaluateAll((els) => els.map((e) => e.getAttribute('data-language')));
    expect(languages).toContain('Go');
    expect(await panel.getByTestId('skill-evidence').count()).toBeGreaterThan(0);

    // the repositories' javascript:/data: URLs are labels, not links
    await panel.locator('[data-testid="skill-evidence"] details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
    const surface = await panelSurface(panel);
    expect(surface.hrefs.some((h) => h?.includes('alert'))).toBe(false);
    const repoChips = panel.locator('.chip', { hasText: /mallory-dev\/(orbit|tools)/ });
    expect(await repoChips.count()).toBeGreaterThan(0);
    expect(await repoChips.locator('a').count()).toBe(0);
    expectInert(surface, dialogs);

    // the profile page itself: the content script added nothing that runs
    const pageScripts = await page.evaluate(() => document.querySelectorAll('script, img[onerror], svg[onload], iframe').length);
    expect(pageScripts).toBe(0);
    expect(dialogs).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('a hostile LinkedIn profile', () => {
  test('shows its markup as text, runs nothing and fits 320 px', async () => {
    const { page, panel, dialogs } = await openHostile('https://www.linkedin.com/in/robin-evil/');
    const root = panel.getByTestId('panel');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await panel.getByTestId('profile-name').textContent()).toBe('Robin <b>Hacker</b>');
    expect(await panel.getByTestId('profile-id').textContent()).toBe('robin-evil');
    const headline = (await panel.locator('.subtitle').textContent()) ?? '';
    expect(headline).toContain('<img src=x onerror=alert(1)>');
    expect(headline).toContain('<script>alert("hl")</script>');
    expect(await panel.locator('.subtitle b, .subtitle img, .subtitle script').count()).toBe(0);

    const surface = await panelSurface(panel);
    expectInert(surface, dialogs);
    await panel.close();
    await page.close();
  });
});
