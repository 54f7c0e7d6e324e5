import { describe, expect, test } from 'vitest';
import { hasInvisible, singleLine, stripInvisible, stripInvisibleDeep } from '@/lib/safe-text';

describe('hidden characters', () => {
  test.each([
    ['right-to-left override', '\u202Egpj.exe', 'gpj.exe'],
    ['left-to-right embedding and pop', 'a\u202Ab\u202Cc', 'abc'],
    ['isolates', '\u2066x\u2069', 'x'],
    ['marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    ['zero-width space and word joiner', 'ad\u200Bmin\u2060', 'admin'],
    ['byte order mark', '\uFEFFName', 'Name'],
    ['control characters', 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f', 'abcdef'],
  ])('%s are taken out', (_label, input, expected) => {
    expect(hasInvisible(input)).toBe(true);
    expect(stripInvisible(input)).toBe(expected);
  });

  test('what scripts and text need stays: joiners, accents, tabs and line breaks', () => {
    const text = 'Zoë\tMüller\n\u0645\u06CC\u200C\u0631\u0648\u062F 👩\u200D💻';
    expect(hasInvisible(text)).toBe(false);
    expect(stripInvisible(text)).toBe(text);
  });

  test('a name is one line', () => {
    expect(singleLine('  Ana\n\tSilva \u202E ')).toBe('Ana Silva');
  });

  test('every string inside a value, keys left as they are', () => {
    const value = JSON.parse('{"__proto__": "\u202Ex", "list": ["a\u200Bb", 1, null], "nested": {"n": "\u2066y"}}') as Record<string, unknown>;
    const clean = stripInvisibleDeep(value);
    expect(clean).toEqual(JSON.parse('{"__proto__": "x", "list": ["ab", 1, null], "nested": {"n": "y"}}'));
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
  });
});
