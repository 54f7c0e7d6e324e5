/**
 * The LinkedIn content script's watch over a tab: what it reports on load, as
 * late sections render, after a history navigation (never the previous person
 * for the new address), on a page that is not a person, and after a scroll
 * once its watch has ended.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createLinkedinPageWatch, SCROLL_WATCH_MS, WATCH_MS, type LinkedinReading } from '@/lib/extract/linkedin-page-watch';

const SOFIA = 'https://www.linkedin.com/in/sofia-marquez-dev/';
const MARA = 'https://www.linkedin.com/in/mara-lindqvist/';

function show(name: string): void {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', name), 'utf8');
  const next = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceWith(document.importNode(next.head, true));
  document.body.replaceWith(document.importNode(next.body, true));
}

async function settle(ms = 500): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

let url = SOFIA;
let clock = 0;
let sent: [string, LinkedinReading | null][] = [];
const lastSent = () => sent.at(-1);

function watch() {
  return createLinkedinPageWatch({ doc: document, currentUrl: () => url, send: (u, r) => sent.push([u, r]), now: () => clock });
}

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  clock = 0;
  url = SOFIA;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('on a profile', () => {
  test('reports the person at once, and again when the late sections render', async () => {
    show('sdui-lazy-before.html');
    const w = watch();
    w.start();
    expect(lastSent()?.[0]).toBe(SOFIA);
    expect(lastSent()?.[1]?.profile?.name).toBe('Sofía Márquez');
    expect(lastSent()?.[1]?.profile?.experienceComplete).toBe(false);

    document.body.replaceWith(document.importNode(new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, '../fixtures/linkedin/sdui-lazy-after.html'), 'utf8'), 'text/html').body, true));
    await settle();
    const after = lastSent()?.[1]?.profile;
    expect(after?.name).toBe('Sofía Márquez');
    expect(after?.experience.length).toBeGreaterThan(0);
    w.dispose();
  });

  test('reports nothing new when nothing changed', async () => {
    show('sdui-lazy-before.html');
    const w = watch();
    w.start();
    const count = sent.length;
    await settle(WATCH_MS + 1000);
    expect(sent.length).toBe(count);
    w.dispose();
  });
});

describe('after a history navigation to another person', () => {
  test('reports nobody while the page still shows the previous person, then the new one', async () => {
    show('sdui-lazy-before.html');
    const w = watch();
    w.start();
    url = MARA;
    w.navigated();
    expect(lastSent()).toEqual([MARA, { profile: null, note: null }]);

    show('logged-in-anchored.html');
    await settle();
    expect(lastSent()?.[0]).toBe(MARA);
    expect(lastSent()?.[1]?.profile?.name).toBe('Mara Lindqvist');
    w.dispose();
  });

  test('a second event for the same address changes nothing (back and forward fire two)', () => {
    show('sdui-lazy-before.html');
    const w = watch();
    w.start();
    url = MARA;
    w.navigated();
    const count = sent.length;
    w.navigated();
    expect(sent.length).toBe(count);
    w.dispose();
  });
});

describe('a page under /in/ that is not a person', () => {
  test('reports no person and what the page is', () => {
    url = 'https://www.linkedin.com/in/no-such-person-123/';
    show('page-profile-not-found.html');
    const w = watch();
    w.start();
    const [u, reading] = lastSent()!;
    expect(u).toBe(url);
    expect(reading?.profile).toBeNull();
    expect(reading?.note?.kind).toBeTruthy();
    w.dispose();
  });
});

describe('after the watch has ended', () => {
  test('sections rendered later are read only after a scroll arms the watch again', async () => {
    show('sdui-lazy-before.html');
    const w = watch();
    w.start();
    clock += WATCH_MS + 1;
    await settle(WATCH_MS + 1);
    const count = sent.length;

    // without a scroll: LinkedIn's change goes unread
    const before = document.body;
    show('sdui-lazy-after.html');
    await settle();
    expect(sent.length).toBe(count);

    // the recruiter scrolls, LinkedIn renders again: read, within the short watch a scroll arms
    document.body.replaceWith(before);
    expect(SCROLL_WATCH_MS).toBeLessThan(WATCH_MS);
    w.scrolled();
    show('sdui-lazy-after.html');
    await settle();
    expect(sent.length).toBeGreaterThan(count);
    expect(lastSent()?.[1]?.profile?.experience.length).toBeGreaterThan(0);
    w.dispose();
  });
});
