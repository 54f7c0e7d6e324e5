import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createGithubPageWatch } from '@/lib/extract/github-page-watch';
import type { GithubProfile } from '@/lib/schemas/profile';

function parse(name: string): Document {
  const html = readFileSync(resolve(process.cwd(), 'test/fixtures/github', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What Turbo does on a soft navigation: the new page's body replaces the old one. */
function renderBody(doc: Document, fixture: string): void {
  const next = doc.importNode(parse(fixture).body, true);
  doc.body.replaceWith(next);
}

function loadCalendar(doc: Document, heading: string): void {
  const container = doc.querySelector('.js-yearly-contributions');
  if (!container) throw new Error('no calendar container');
  container.querySelector('include-fragment')?.remove();
  const h2 = doc.createElement('h2');
  h2.textContent = heading;
  container.append(h2);
}

async function settle(): Promise<void> {
  await Promise.resolve();
  await new Promise<void>((done) => queueMicrotask(done));
}

type Sent = { url: string; profile: GithubProfile | null };

function setup(fixture: string, url: string) {
  const doc = parse(fixture);
  const sent: Sent[] = [];
  const tab = { url };
  const watch = createGithubPageWatch({
    doc,
    currentUrl: () => tab.url,
    send: (u, profile) => sent.push({ url: u, profile }),
    timeoutMs: 10_000,
  });
  return { doc, sent, tab, watch };
}

const MONA = 'https://github.com/mona-dev';
const LENA = 'https://github.com/lena-fischer';

describe('the GitHub page watch (what the content script sends)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a loaded profile is sent once, however many navigation events repeat it', () => {
    const { sent, watch } = setup('profile-current.html', MONA);
    watch.check();
    watch.check();
    watch.check();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(MONA);
    expect(sent[0]?.profile?.login).toBe('mona-dev');
    expect(sent[0]?.profile?.contributionsLastYear).toBe(1234);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('when the calendar loads after the page, the profile is sent again with the count', async () => {
    const { doc, sent, watch } = setup('profile-calendar-pending.html', MONA);
    watch.check();
    expect(sent.map((s) => s.profile?.contributionsLastYear)).toEqual([null]);

    loadCalendar(doc, '1,234 contributions in the last year');
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.url).toBe(MONA);
    expect(sent[1]?.profile?.login).toBe('mona-dev');
    expect(sent[1]?.profile?.contributionsLastYear).toBe(1234);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a calendar that never loads: the wait ends at the bound and is not restarted by later events', () => {
    const { sent, watch } = setup('profile-calendar-pending.html', MONA);
    watch.check();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(vi.getTimerCount()).toBe(0);
    watch.check();
    watch.check();
    expect(vi.getTimerCount()).toBe(0);
    expect(sent).toHaveLength(1);
  });

  test('soft navigation to another person: nobody is sent until the new page renders, never the previous person', async () => {
    const { doc, sent, tab, watch } = setup('profile-current.html', MONA);
    watch.check();

    // Turbo has pushed the new URL; the document still shows mona-dev.
    tab.url = LENA;
    watch.check();
    expect(sent.at(-1)).toEqual({ url: LENA, profile: null });

    // The new page renders: the watch notices without another event.
    renderBody(doc, 'profile-2021.html');
    await settle();
    expect(sent.at(-1)?.url).toBe(LENA);
    expect(sent.at(-1)?.profile?.login).toBe('lena-fischer');

    const forLena = sent.filter((s) => s.url === LENA && s.profile !== null);
    expect(forLena.every((s) => s.profile?.login === 'lena-fischer')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('back to the previous person: the restored page is read again', async () => {
    const { doc, sent, tab, watch } = setup('profile-current.html', MONA);
    watch.check();
    tab.url = LENA;
    renderBody(doc, 'profile-2021.html');
    watch.check();
    expect(sent.at(-1)?.profile?.login).toBe('lena-fischer');

    // Back: popstate fires with the old URL before Turbo restores the snapshot.
    tab.url = MONA;
    watch.check();
    expect(sent.at(-1)).toEqual({ url: MONA, profile: null });
    renderBody(doc, 'profile-current.html');
    await settle();
    expect(sent.at(-1)?.url).toBe(MONA);
    expect(sent.at(-1)?.profile?.login).toBe('mona-dev');
  });

  test('leaving a profile while its calendar loads: the late count is not sent for the new URL', async () => {
    const { doc, sent, tab, watch } = setup('profile-calendar-pending.html', MONA);
    watch.check();
    tab.url = 'https://github.com/mona-dev/orbit-api';
    watch.check();
    expect(sent.at(-1)).toEqual({ url: 'https://github.com/mona-dev/orbit-api', profile: null });

    loadCalendar(doc, '1,234 contributions in the last year');
    await settle();
    vi.advanceTimersByTime(20_000);
    expect(sent.filter((s) => s.url !== MONA).every((s) => s.profile === null)).toBe(true);
    expect(sent).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a page that never renders the new person: the wait ends at the bound, and null stands', () => {
    const { sent, tab, watch } = setup('profile-current.html', MONA);
    watch.check();
    tab.url = LENA;
    watch.check();
    vi.advanceTimersByTime(10_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(sent.at(-1)).toEqual({ url: LENA, profile: null });
  });

  test('an organization or repository page is reported as nobody', () => {
    const org = setup('org-page.html', 'https://github.com/orbit-labs');
    org.watch.check();
    expect(org.sent).toEqual([{ url: 'https://github.com/orbit-labs', profile: null }]);
    const repo = setup('repo-page.html', 'https://github.com/mona-dev/orbit-api');
    repo.watch.check();
    expect(repo.sent).toEqual([{ url: 'https://github.com/mona-dev/orbit-api', profile: null }]);
  });

  test('resend reports the same page again (restored from the back/forward cache)', () => {
    const { sent, watch } = setup('profile-current.html', MONA);
    watch.check();
    watch.check();
    expect(sent).toHaveLength(1);
    watch.resend();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.profile?.login).toBe('mona-dev');
  });

  test('dispose stops every wait: a calendar loading afterwards sends nothing', async () => {
    const { doc, sent, watch } = setup('profile-calendar-pending.html', MONA);
    watch.check();
    expect(vi.getTimerCount()).toBe(1);
    watch.dispose();
    expect(vi.getTimerCount()).toBe(0);
    loadCalendar(doc, '1,234 contributions in the last year');
    await settle();
    expect(sent).toHaveLength(1);
  });
});
