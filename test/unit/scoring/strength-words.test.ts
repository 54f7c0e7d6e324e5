import { describe, expect, test } from 'vitest';
import { PRESETS } from '../../../lib/matrix/presets';
import {
  A_LITTLE_FROM, SOLID_FROM, SOME_FROM, STRENGTH_FOR_WORD, STRENGTH_WORDS, STRONG_FROM, StrengthWord, strengthForWord, strengthWord, strengthWordRank,
} from '../../../lib/scoring/strength-words';

/** every bar a preset row sets */
const PRESET_BARS = PRESETS.flatMap((m) => m.requirements.flatMap((r) => ('minStrength' in r ? [{ matrix: m.id, row: r.id, priority: r.priority, min: r.minStrength }] : [])));

describe('strengthWord', () => {
  test.each([
    [0, 'none'],
    [0.01, 'a little'],
    [0.1, 'a little'],
    [0.149, 'a little'],
    [0.15, 'some'],
    [0.2, 'some'],
    [0.3, 'some'],
    [0.449, 'some'],
    [0.45, 'solid'],
    [0.6, 'solid'],
    [0.699, 'solid'],
    [0.7, 'strong'],
    [0.9, 'strong'],
    [1, 'strong'],
  ] as const)('%d reads "%s"', (s, word) => {
    expect(strengthWord(s)).toBe(word);
  });

  test('out-of-range values are clamped, NaN reads none', () => {
    expect(strengthWord(-0.2)).toBe('none');
    expect(strengthWord(Number.NaN)).toBe('none');
    expect(strengthWord(1.5)).toBe('strong');
  });

  test('never goes down as strength goes up', () => {
    let last = 0;
    for (let i = 0; i <= 1000; i++) {
      const rank = strengthWordRank(strengthWord(i / 1000));
      expect(rank).toBeGreaterThanOrEqual(last);
      last = rank;
    }
    expect(last).toBe(STRENGTH_WORDS.length - 1);
  });

  test('a strength computed the way the scorer does (0.9 × 0.5) reads the word of the bar it meets', () => {
    expect(strengthWord(0.9 * 0.5)).toBe(strengthWord(SOLID_FROM));
  });
});

describe('the words line up with the preset bars', () => {
  test('the presets set bars at all', () => {
    expect(PRESET_BARS.length).toBeGreaterThan(20);
  });

  test.each(PRESET_BARS.map((b) => [b.matrix, b.row, b] as const))('%s %s: evidence that meets it reads at least "some"', (_m, _r, bar) => {
    expect(strengthWordRank(strengthWord(bar.min))).toBeGreaterThanOrEqual(strengthWordRank('some'));
    for (const s of [bar.min, bar.min + 0.01, (bar.min + 1) / 2, 1]) {
      expect(['none', 'a little']).not.toContain(strengthWord(s));
    }
  });

  test('a senior must-have that is met reads solid or strong', () => {
    for (const bar of PRESET_BARS.filter((b) => b.matrix === 'backend-senior' && b.priority === 'must' && b.row !== 'git')) {
      expect(['solid', 'strong'], bar.row).toContain(strengthWord(bar.min));
    }
  });

  test('"some" begins at the lowest preset bar', () => {
    expect(SOME_FROM).toBe(Math.min(...PRESET_BARS.map((b) => b.min)));
  });
});

describe('strengthForWord', () => {
  test('gives the lower edge of each word, and reads back as the same word', () => {
    expect(strengthForWord('none')).toBe(0);
    expect(strengthForWord('a little')).toBe(A_LITTLE_FROM);
    expect(strengthForWord('some')).toBe(SOME_FROM);
    expect(strengthForWord('solid')).toBe(SOLID_FROM);
    expect(strengthForWord('strong')).toBe(STRONG_FROM);
    for (const word of STRENGTH_WORDS) expect(strengthWord(strengthForWord(word))).toBe(word);
  });

  test('a row that asks for a word is met exactly when the evidence reads that word or better', () => {
    for (const word of STRENGTH_WORDS) {
      const bar = strengthForWord(word);
      for (let i = 0; i <= 100; i++) {
        const s = i / 100;
        expect(s >= bar, `${word} at ${s}`).toBe(strengthWordRank(strengthWord(s)) >= strengthWordRank(word));
      }
    }
  });

  test('is strictly increasing with the words, and within 0..1', () => {
    const values = STRENGTH_WORDS.map((w) => STRENGTH_FOR_WORD[w]);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1] ?? 0);
    for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
  });

  test('the words are a schema the editor can parse', () => {
    expect(StrengthWord.parse('a little')).toBe('a little');
    expect(StrengthWord.safeParse('lots').success).toBe(false);
  });
});
