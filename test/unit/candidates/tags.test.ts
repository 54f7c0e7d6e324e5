import { describe, expect, test } from 'vitest';
import { MAX_TAG_LENGTH, parseTags, unionTags } from '../../../lib/candidates/tags';

describe('tags', () => {
  test('typed tags split on commas and semicolons, trimmed, blanks and case repeats dropped', () => {
    expect(parseTags(' python, Remote;; remote ,urgent ')).toEqual(['python', 'Remote', 'urgent']);
    expect(parseTags('')).toEqual([]);
  });

  test('a tag longer than the limit is cut', () => {
    expect(parseTags('x'.repeat(MAX_TAG_LENGTH + 20))).toEqual(['x'.repeat(MAX_TAG_LENGTH)]);
  });

  test('two lists are united in first-seen order, the first spelling kept', () => {
    expect(unionTags(['Python', 'remote'], ['python', 'urgent', ' '])).toEqual(['Python', 'remote', 'urgent']);
  });
});
