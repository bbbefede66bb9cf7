import { describe, expect, it } from 'vitest';
import { dismissalCase, dismissalKey } from '@/lib/case/dismissals';

describe('dismissal keys', () => {
  const card = { ruleId: 'safeguarding-concern', version: 2, status: 'does-not-apply', indicator: 'info' };

  it('a card dismissed as not applying comes back when it applies, turns critical, or its rule changes', () => {
    expect(dismissalKey({ ...card, status: 'applies', indicator: 'critical' })).not.toBe(dismissalKey(card));
    expect(dismissalKey({ ...card, indicator: 'critical' })).not.toBe(dismissalKey(card));
    expect(dismissalKey({ ...card, version: 3 })).not.toBe(dismissalKey(card));
    expect(dismissalKey({ ...card })).toBe(dismissalKey(card));
  });

  it('pages of one person share dismissals; two people, or two cases in a query string, never do', () => {
    expect(dismissalCase({ crn: 'X1' }, 'https://a/case/X1')).toBe(dismissalCase({ crn: 'X1' }, 'https://a/case/X1/risk'));
    expect(dismissalCase({ crn: 'X1' }, 'https://a/')).not.toBe(dismissalCase({ crn: 'X2' }, 'https://a/'));
    expect(dismissalCase({}, 'https://a/case?id=1')).not.toBe(dismissalCase({}, 'https://a/case?id=2'));
    expect(dismissalCase({}, 'https://a/case?id=1#notes')).toBe(dismissalCase({}, 'https://a/case?id=1'));
  });
});
