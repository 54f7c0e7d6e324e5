/**
 * The Firefox build (`npm run build:firefox`, .output/firefox-mv2) in a real
 * Firefox: installed as a temporary add-on, on a GitHub profile served offline.
 *
 * Firefox shows the panel in its sidebar (sidebar_action). A sidebar cannot be
 * opened from automation, so the test loads the very page the sidebar shows,
 * moz-extension://<uuid>/sidepanel.html, in a tab: the same document with the
 * same extension privileges, talking to the same background page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiDouble } from '../support/api-double';
import { MONA } from '../support/accounts';
import { FIREFOX_EXTENSION_DIR, GECKO_ID, launchFirefox, type FirefoxSession } from './firefox-harness';

interface PanelReading {
  state: string | null;
  name: string | null;
  login: string | null;
  score: string | null;
  evidence: number;
  /** data-id of each saved candidate row shown */
  saved: (string | null)[];
}

function readPanel(firefox: FirefoxSession, context: string): Promise<PanelReading> {
  return firefox.evaluate(context, () => {
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
    return {
      state: document.querySelector('[data-testid="panel"]')?.getAttribute('data-state') ?? null,
      name: text('profile-name'),
      login: text('profile-id'),
      score: text('overall-score'),
      evidence: document.querySelectorAll('[data-testid="skill-evidence"]').length,
      saved: [...document.querySelectorAll('[data-testid="candidate-row"]')].map((row) => row.getAttribute('data-id')),
    };
  });
}

/** What a recruiter reads in the panel once `settled` holds (or after 30 s, for the assertions to explain). */
async function panelWhen(firefox: FirefoxSession, context: string, settled: (r: PanelReading) => boolean): Promise<PanelReading> {
  const deadline = Date.now() + 30_000;
  let reading = await readPanel(firefox, context);
  while (!settled(reading) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    reading = await readPanel(firefox, context);
  }
  return reading;
}

const finished = (r: PanelReading): boolean => r.state === 'ready' || r.state === 'error';

/** A click on the panel's `[data-testid=id]` once it is there (up to 10 s), as the recruiter's. */
async function click(firefox: FirefoxSession, context: string, id: string): Promise<void> {
  const clickIfThere = () =>
    firefox.evaluate(
      context,
      (testId) => {
        const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
        el?.click();
        return el !== null;
      },
      id,
    );
  const deadline = Date.now() + 10_000;
  let clicked = await clickIfThere();
  while (!clicked && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    clicked = await clickIfThere();
  }
  expect(clicked, `[data-testid="${id}"] is on the panel`).toBe(true);
}

const api = createApiDouble({ accounts: [MONA] });
let firefox: FirefoxSession;
let profileTab: string;

beforeAll(async () => {
  firefox = await launchFirefox({ github: { '/mona-dev': 'github/profile-current.html' }, api });
  profileTab = await firefox.open('https://github.com/mona-dev');
});
afterAll(async () => {
  await firefox?.close();
});

describe('Hirelens in Firefox', () => {
  test('the Firefox package declares its panel as the sidebar and installs under its own id', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      sidebar_action?: { default_panel?: string };
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    expect(firefox.addonId).toBe(GECKO_ID);
  });

  test('a recruiter on a GitHub profile reads the person, the score and its evidence in the panel', async () => {
    // the panel page learns the tab id the way any extension page can
    const probe = await firefox.open(firefox.extensionUrl('sidepanel.html?tab=-1'));
    const tabs = await firefox.evaluate(probe, async () => {
      const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await ext.tabs.query({})).map((t) => ({ id: t.id ?? null, url: t.url ?? null }));
    });
    const tabId = tabs.find((t) => t.url === 'https://github.com/mona-dev')?.id;
    expect(tabId, `tabs seen by the extension: ${JSON.stringify(tabs)}`).toEqual(expect.any(Number));

    await firefox.navigate(probe, firefox.extensionUrl(`sidepanel.html?tab=${String(tabId)}`));
    // ready, and the details (rendered after the verdict card) listing the evidence
    const panel = await panelWhen(firefox, probe, (r) => r.state === 'error' || (finished(r) && r.evidence > 0));
    expect(panel.state).toBe('ready');
    expect(panel.name).toBe('Mona Developer');
    expect(panel.login).toBe('mona-dev');
    const score = Number(panel.score);
    expect(Number.isInteger(score)).toBe(true);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(panel.evidence).toBeGreaterThan(0);

    // the evidence came from the background page asking the GitHub API
    const asked = api.log.map((r) => new URL(r.url).pathname);
    expect(asked).toContain('/users/mona-dev');
  });

  test('the sidebar page, opened without a tab id, follows the active tab of its window and saves the candidate', async () => {
    // As in the real sidebar: the panel is not the active tab, the GitHub profile is.
    await firefox.activate(profileTab);
    const sidebar = await firefox.open(firefox.extensionUrl('sidepanel.html'), { background: true });
    let panel = await panelWhen(firefox, sidebar, finished);
    expect(panel.state).toBe('ready');
    expect(panel.name).toBe('Mona Developer');
    expect(panel.login).toBe('mona-dev');
    expect(panel.evidence).toBeGreaterThan(0);

    // the recruiter switches to a tab without a profile, then back
    await firefox.open('https://github.com/features-that-do-not-exist');
    panel = await panelWhen(firefox, sidebar, (r) => r.state === 'idle');
    expect(panel.state).toBe('idle');
    expect(panel.name).toBeNull();
    await firefox.activate(profileTab);
    panel = await panelWhen(firefox, sidebar, (r) => r.login === 'mona-dev' && finished(r));
    expect(panel.login).toBe('mona-dev');

    // saved in Firefox's extension storage, and listed
    await click(firefox, sidebar, 'save-candidate');
    await click(firefox, sidebar, 'nav-candidates');
    panel = await panelWhen(firefox, sidebar, (r) => r.saved.length > 0);
    expect(panel.saved).toHaveLength(1);
  });
});
