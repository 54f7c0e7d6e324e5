import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { observeContributions } from '@/lib/extract/observe-contributions';

function pendingPage(): Document {
  const html = readFileSync(resolve(process.cwd(), 'test/fixtures/github/profile-calendar-pending.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What GitHub's include-fragment does when the calendar arrives: the placeholder gives way to the graph. */
function loadCalendar(doc: Document, heading: string): void {
  const container = doc.querySelector('.js-yearly-contributions');
  if (!container) throw new Error('fixture has no calendar container');
  container.querySelector('include-fragment')?.remove();
  const wrapper = doc.createElement('div');
  wrapper.className = 'position-relative';
  const h2 = doc.createElement('h2');
  h2.className = 'f4 text-normal mb-2';
  h2.textContent = heading;
  wrapper.append(h2);
  container.append(wrapper);
}

/** Lets MutationObserver deliver its records (they are queued as microtasks). */
async function settle(): Promise<void> {
  await Promise.resolve();
  await new Promise<void>((done) => queueMicrotask(done));
}

describe('observeContributions', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('calls back once with the count when the calendar appears later', async () => {
    const doc = pendingPage();
    const onCount = vi.fn();
    const dispose = observeContributions(doc, onCount, { timeoutMs: 10_000 });
    await settle();
    expect(onCount).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1_500);
    loadCalendar(doc, '1,234 contributions in the last year');
    await settle();
    expect(onCount).toHaveBeenCalledTimes(1);
    expect(onCount).toHaveBeenCalledWith(1234);

    // Later changes to the page do not call back again.
    loadCalendar(doc, '1,235 contributions in the last year');
    await settle();
    expect(onCount).toHaveBeenCalledTimes(1);
    dispose();
  });

  test('calls back at once when the count is already on the page', () => {
    const doc = pendingPage();
    loadCalendar(doc, '42 contributions in the last year');
    const onCount = vi.fn();
    observeContributions(doc, onCount);
    expect(onCount).toHaveBeenCalledWith(42);
  });

  test('waits through unrelated changes', async () => {
    const doc = pendingPage();
    const onCount = vi.fn();
    observeContributions(doc, onCount, { timeoutMs: 10_000 });
    doc.body.append(doc.createElement('div'));
    await settle();
    expect(onCount).not.toHaveBeenCalled();
  });

  test('gives up after the time bound: disconnects, clears its timer, calls back no more', async () => {
    const doc = pendingPage();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const onCount = vi.fn();
    const onTimeout = vi.fn();
    observeContributions(doc, onCount, { timeoutMs: 10_000, onTimeout });

    vi.advanceTimersByTime(9_999);
    expect(disconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);

    loadCalendar(doc, '1,234 contributions in the last year');
    await settle();
    expect(onCount).not.toHaveBeenCalled();
  });

  test('dispose stops it at once, and nothing is left running', async () => {
    const doc = pendingPage();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const onCount = vi.fn();
    const onTimeout = vi.fn();
    const dispose = observeContributions(doc, onCount, { timeoutMs: 10_000, onTimeout });
    dispose();
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);

    dispose();
    loadCalendar(doc, '1,234 contributions in the last year');
    await settle();
    vi.advanceTimersByTime(20_000);
    expect(onCount).not.toHaveBeenCalled();
    expect(onTimeout).not.toHaveBeenCalled();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });

  test('after finding the count, its timer is cleared too', async () => {
    const doc = pendingPage();
    const onTimeout = vi.fn();
    observeContributions(doc, () => {}, { timeoutMs: 10_000, onTimeout });
    loadCalendar(doc, '7 contributions in the last year');
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(20_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
