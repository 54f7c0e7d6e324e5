import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchShownPause, type ShownPause } from '@/lib/evaluation/api-pause-watch';
import { writeApiPause } from '@/lib/github/api-pause-store';
import { NO_PAUSE } from '@/lib/github/api-pause';

describe('the pause as the panel shows it', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('null while none; the pause with its sentence when one is stored; null again when it ends', async () => {
    const seen: Array<ShownPause | null> = [];
    const stop = watchShownPause((p) => seen.push(p));
    await vi.waitFor(() => expect(seen).toEqual([null]));
    const until = Date.now() + 300;
    await writeApiPause('api.github.com', { ...NO_PAUSE, notBefore: until, reason: 'failing', updatedAt: Date.now() });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ until, text: expect.stringMatching(/could not be reached several times/) }));
    await vi.waitFor(() => expect(seen.at(-1)).toBeNull(), { timeout: 2000 });
    stop();
  });
});
