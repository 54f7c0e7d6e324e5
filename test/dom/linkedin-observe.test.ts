import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { observeSections } from '@/lib/extract/observe-sections';
import { isStaleReading, shownPerson } from '@/lib/extract/linkedin-stale';
import { LinkedinProfile } from '@/lib/schemas/profile';

async function flushMutations(): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(0);
}

describe('observeSections: late sections are picked up for a bounded time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a section added later calls back once, after the changes settle', async () => {
    const root = document.createElement('main');
    document.body.appendChild(root);
    const onChange = vi.fn();
    const stop = observeSections(root, onChange, { timeoutMs: 15_000, debounceMs: 300 });
    root.appendChild(document.createElement('section'));
    root.appendChild(document.createElement('section'));
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    root.remove();
  });

  test('changes the filter does not accept (an overlay outside the profile) call nothing back', async () => {
    const main = document.createElement('main');
    const overlay = document.createElement('aside');
    document.body.append(main, overlay);
    const onChange = vi.fn();
    const stop = observeSections(document.body, onChange, { debounceMs: 300, relevant: (records) => records.some((r) => main.contains(r.target)) });
    overlay.appendChild(document.createElement('div'));
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).not.toHaveBeenCalled();
    main.appendChild(document.createElement('section'));
    await flushMutations();
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    main.remove();
    overlay.remove();
  });

  test('stops by itself after the time bound: later changes are ignored', async () => {
    const root = document.createElement('main');
    document.body.appendChild(root);
    const onChange = vi.fn();
    observeSections(root, onChange, { timeoutMs: 1_000, debounceMs: 100 });
    await vi.advanceTimersByTimeAsync(1_000);
    root.appendChild(document.createElement('section'));
    await flushMutations();
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    root.remove();
  });

  test('stop() on navigation ends it at once, leaving no timer behind', async () => {
    const root = document.createElement('main');
    document.body.appendChild(root);
    const onChange = vi.fn();
    const stop = observeSections(root, onChange, { timeoutMs: 15_000, debounceMs: 100 });
    root.appendChild(document.createElement('section'));
    await flushMutations();
    stop();
    stop();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    root.remove();
  });
});

describe('a navigation never shows the previous person for the new URL', () => {
  const ada = LinkedinProfile.parse({
    source: 'linkedin', slug: 'ada-k', name: 'Ada K', headline: 'Engineer', location: null, about: null,
    experience: [{ title: 'Engineer', company: 'X', start: '2020', end: null, description: null }],
    education: [], skills: [], certifications: [], githubUrl: null,
  });

  test('the old DOM read under the new slug is stale', () => {
    expect(isStaleReading(shownPerson(ada), { ...ada, slug: 'bo-m' })).toBe(true);
  });

  test('the new person, a loading page, or the same person’s details page are not', () => {
    const previous = shownPerson(ada);
    expect(isStaleReading(previous, { ...ada, slug: 'bo-m', name: 'Bo M' })).toBe(false);
    expect(isStaleReading(previous, { ...ada, slug: 'bo-m', name: null, experience: [] })).toBe(false);
    expect(isStaleReading(previous, { ...ada, page: 'experience' })).toBe(false);
    expect(isStaleReading(null, ada)).toBe(false);
  });
});
