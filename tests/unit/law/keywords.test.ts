import { describe, expect, it } from 'vitest';
import { KEYWORDS, KeywordPattern, matchesKeyword } from '@/lib/law/keywords';

describe('keyword patterns (meta-test: every pattern has both kinds of fixture, all pass)', () => {
  it('each pattern parses, is bounded by \\b, and has must-match and must-not-match fixtures', () => {
    for (const p of KEYWORDS) {
      expect(() => KeywordPattern.parse(p)).not.toThrow();
      expect(p.mustMatch.length, p.id).toBeGreaterThan(0);
      expect(p.mustNotMatch.length, p.id).toBeGreaterThan(0);
    }
    expect(() => KeywordPattern.parse({ ...KEYWORDS[0], pattern: 'son' })).toThrow();
    expect(() => KeywordPattern.parse({ ...KEYWORDS[0], mustNotMatch: [] })).toThrow();
  });
  for (const p of KEYWORDS) {
    for (const t of p.mustMatch) it(`${p.id} matches "${t}"`, () => expect(matchesKeyword(p, t)).toBe(true));
    for (const t of p.mustNotMatch) it(`${p.id} does not match "${t}"`, () => expect(matchesKeyword(p, t)).toBe(false));
  }
  it('no pattern at all fires on "Discussed his time in prison"', () => {
    expect(KEYWORDS.filter((p) => matchesKeyword(p, 'Discussed his time in prison')).map((p) => p.id)).toEqual([]);
  });
});
