import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, revealHidden } from '@/lib/display/reveal';

describe('lookalike text is shown for what it is', () => {
  it('marks a right-to-left override that makes a reversed date look right, every time it is asked', () => {
    expect(hasHiddenCharacters('\u202E9791/80/81')).toBe(true);
    expect(revealHidden('\u202E9791/80/81')).toEqual([{ hidden: '\u202E', code: 'U+202E' }, { text: '9791/80/81' }]);
  });

  it('marks zero-width characters inside a word, and leaves plain text alone', () => {
    expect(revealHidden('Ma\u200Ble')).toEqual([{ text: 'Ma' }, { hidden: '\u200B', code: 'U+200B' }, { text: 'le' }]);
    expect(hasHiddenCharacters('Male')).toBe(false);
    expect(hasHiddenCharacters('Ma\uFEFFle')).toBe(true);
    expect(revealHidden('Male')).toEqual([{ text: 'Male' }]);
  });
});
