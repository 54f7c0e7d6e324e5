import { describe, expect, test } from 'vitest';
import { nameKey, namesFromTitle } from '@/lib/extract/linkedin-name';

describe('names the page title gives', () => {
  test('"Name | LinkedIn", with unread notifications, and the public "Name - Headline | LinkedIn"', () => {
    expect(namesFromTitle('Sofía Márquez | LinkedIn')).toEqual(['Sofía Márquez']);
    expect(namesFromTitle('(3) Sofía Márquez | LinkedIn')).toEqual(['Sofía Márquez']);
    expect(namesFromTitle('(99+) Kenji Watanabe 🚀 | LinkedIn')).toEqual(['Kenji Watanabe 🚀']);
    expect(namesFromTitle('Priya Raman - Platform Engineer - Cobalt Cloud | LinkedIn')).toEqual([
      'Priya Raman - Platform Engineer - Cobalt Cloud',
      'Priya Raman',
    ]);
  });

  test('titles that name no one', () => {
    expect(namesFromTitle('LinkedIn')).toEqual([]);
    expect(namesFromTitle('')).toEqual([]);
    expect(namesFromTitle(null)).toEqual([]);
    expect(namesFromTitle('Sofía Márquez')).toEqual([]);
  });
});

describe('names compared', () => {
  test('case, accents, spacing and a trailing emoji do not matter; the letters do', () => {
    expect(nameKey('Kenji Watanabe 🚀')).toBe(nameKey('kenji  watanabe'));
    expect(nameKey('Sofía Márquez')).toBe(nameKey('Sofia Marquez'));
    expect(nameKey('Jane Doe, PhD')).toBe(nameKey('Jane Doe, PhD.'));
    expect(nameKey('Jane Doe')).not.toBe(nameKey('Jane Roe'));
    expect(nameKey('渡辺 健二')).toBe('渡辺 健二');
  });
});
