import { describe, expect, test } from 'vitest';
import {
  FAILURES_BEFORE_PAUSE,
  FIRST_PAUSE_MS,
  MAX_PAUSE_MS,
  NO_PAUSE,
  SECONDARY_PAUSE_MS,
  afterOutcome,
  mergePause,
  outcomeOf,
  pauseText,
  pausedUntil,
  type ApiPause,
} from '@/lib/github/api-pause';

const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('what a response says about the API host', () => {
  test.each([
    ['a 200', 200, {}, '', { kind: 'answer' }],
    ['a 304', 304, {}, '', { kind: 'answer' }],
    ['a 404 (the host answers)', 404, {}, '', { kind: 'answer' }],
    ['a 500', 500, {}, '', { kind: 'failure' }],
    ['a 502', 502, {}, '', { kind: 'failure' }],
    ['a 403 with retry-after', 403, { 'retry-after': '90' }, '', { kind: 'secondary', retryAfterMs: 90_000 }],
    ['a 429 with retry-after', 429, { 'retry-after': '5' }, '', { kind: 'secondary', retryAfterMs: 5000 }],
    ['a 403 with GitHub’s secondary wording only', 403, {}, '{"message":"You have exceeded a secondary rate limit."}', { kind: 'secondary', retryAfterMs: null }],
    ['a 403 with abuse-detection wording', 403, {}, '{"message":"You have triggered an abuse detection mechanism."}', { kind: 'secondary', retryAfterMs: null }],
    ['a 429 with no explanation', 429, {}, '', { kind: 'secondary', retryAfterMs: null }],
    ['a spent primary limit (held by the rate-limit state)', 403, { 'x-ratelimit-remaining': '0' }, '{"message":"API rate limit exceeded"}', { kind: 'neutral' }],
    ['a 403 nothing explains', 403, {}, '{"message":"Forbidden"}', { kind: 'failure' }],
  ])('%s', (_label, status, headers, text, expected) => {
    expect(outcomeOf(status, new Headers(headers), text)).toEqual(expected);
  });
});

describe('the not-before and the circuit breaker', () => {
  test('a secondary limit with retry-after holds the host exactly that long', () => {
    const s = afterOutcome(NO_PAUSE, { kind: 'secondary', retryAfterMs: 120_000 }, NOW);
    expect(pausedUntil(s, NOW)).toBe(NOW + 120_000);
    expect(pausedUntil(s, NOW + 119_999)).toBe(NOW + 120_000);
    expect(pausedUntil(s, NOW + 120_000)).toBeNull();
    expect(s.reason).toBe('secondary-rate-limit');
  });

  test('without retry-after: a minute, doubling with each pause in a row', () => {
    const first = afterOutcome(NO_PAUSE, { kind: 'secondary', retryAfterMs: null }, NOW);
    expect(pausedUntil(first, NOW)).toBe(NOW + SECONDARY_PAUSE_MS);
    const later = NOW + SECONDARY_PAUSE_MS;
    const second = afterOutcome(first, { kind: 'secondary', retryAfterMs: null }, later);
    expect(pausedUntil(second, later)).toBe(later + 2 * SECONDARY_PAUSE_MS);
  });

  test(`${FAILURES_BEFORE_PAUSE} failures in a row open the breaker, each time for longer, at most an hour; an answer closes it`, () => {
    let s: ApiPause = NO_PAUSE;
    for (let i = 1; i < FAILURES_BEFORE_PAUSE; i++) {
      s = afterOutcome(s, { kind: 'failure' }, NOW);
      expect(pausedUntil(s, NOW)).toBeNull();
    }
    s = afterOutcome(s, { kind: 'failure' }, NOW);
    expect(pausedUntil(s, NOW)).toBe(NOW + FIRST_PAUSE_MS);
    expect(s.reason).toBe('failing');
    let at = NOW + FIRST_PAUSE_MS;
    for (let i = 0; i < FAILURES_BEFORE_PAUSE; i++) s = afterOutcome(s, { kind: 'failure' }, at);
    expect(pausedUntil(s, at)).toBe(at + 2 * FIRST_PAUSE_MS);
    for (let trip = 0; trip < 20; trip++) {
      at = s.notBefore!;
      for (let i = 0; i < FAILURES_BEFORE_PAUSE; i++) s = afterOutcome(s, { kind: 'failure' }, at);
    }
    expect(pausedUntil(s, at)).toBe(at + MAX_PAUSE_MS);
    const healed = afterOutcome(s, { kind: 'answer' }, s.notBefore!);
    expect(healed).toMatchObject({ failures: 0, strikes: 0, notBefore: null, reason: null });
    expect(pausedUntil(afterOutcome(healed, { kind: 'failure' }, s.notBefore!), s.notBefore!)).toBeNull();
  });

  test('an exhausted primary limit changes nothing here', () => {
    const s = afterOutcome(NO_PAUSE, { kind: 'failure' }, NOW);
    expect(afterOutcome(s, { kind: 'neutral' }, NOW + 1)).toBe(s);
  });

  test('another context’s pause is never shortened; the counters follow the newer state', () => {
    const paused = afterOutcome(NO_PAUSE, { kind: 'secondary', retryAfterMs: 300_000 }, NOW);
    const otherRun: ApiPause = { ...NO_PAUSE, failures: 1, updatedAt: NOW + 10 };
    const merged = mergePause(paused, otherRun);
    expect(merged.notBefore).toBe(NOW + 300_000);
    expect(merged.reason).toBe('secondary-rate-limit');
    expect(merged.failures).toBe(1);
  });

  test('a stored not-before far ahead (damaged or tampered) holds an hour at most', () => {
    const tampered: ApiPause = { ...NO_PAUSE, notBefore: NOW + 365 * 24 * 3_600_000, reason: 'failing' };
    expect(pausedUntil(tampered, NOW)).toBe(NOW + MAX_PAUSE_MS);
  });

  test('the recruiter reads why and until when, never words octokit would take for GitHub’s own limit', () => {
    expect(pauseText('failing', NOW + 30_000, NOW)).toMatch(/could not be reached several times in a row.*in 30 s/);
    expect(pauseText('secondary-rate-limit', NOW + 5 * 60_000, NOW)).toMatch(/slow down.*in 5 min/);
    expect(pauseText('secondary-rate-limit', NOW + 60_000, NOW)).not.toMatch(/secondary rate/i);
  });
});
