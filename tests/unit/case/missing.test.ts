import { describe, expect, it } from 'vitest';
import { eventUsed, explainMissing, foldCannotTell, looksLikeCase } from '@/lib/case/missing';

const result = (title: string, status: string, missing: Array<{ name: string; where?: string }>) => ({ ruleId: title, title, status, missing });
const source = { label: 'Date of birth', raw: '19x9', locator: { frameId: 0, readId: 'r', index: 0 } };

describe('what a card says is missing', () => {
  it('an unreadable or conflicting fact is never called missing', () => {
    const [r] = explainMissing([result('OASys', 'cannot-tell', [{ name: 'Date of birth', where: 'personal details' }, { name: 'Sex' }])], {
      unreadable: [{ fact: 'dateOfBirth', reason: 'not a date', source }],
      conflicts: [{ fact: 'sex', values: [{ value: 'male', source }, { value: 'female', source }] }],
    });
    expect(r!.missing.map((m) => m.name)).toEqual(['Date of birth: on the page but unreadable ("19x9")', 'Sex: given two different ways']);
  });

  it('folds the rules that cannot tell into one line per missing fact, most needed first', () => {
    const lines = foldCannotTell([
      result('RM2000', 'cannot-tell', [{ name: 'Offence', where: 'the offences list' }, { name: 'Sex' }]),
      result('ARMS', 'cannot-tell', [{ name: 'Offence', where: 'the offences list' }]),
      result('Release', 'applies', [{ name: 'Release date' }]),
      result('SHPO', 'cannot-tell', []),
    ]);
    expect(lines).toEqual([
      { name: 'Offence', where: 'the offences list', rules: ['RM2000', 'ARMS'] },
      { name: 'Sex', rules: ['RM2000'] },
      { name: 'Something this page does not make clear', rules: ['SHPO'] },
    ]);
  });
});

describe('whether a page is a case record', () => {
  it('a date of birth and a sex alone are not a case; an identifier or an offence is', async () => {
    const { extractCase } = await import('@/lib/facts/extract');
    const f = (label: string, value: string, index: number) => ({ label, value, kind: 'text' as const, locator: { frameId: 0, readId: 'r', index } });
    const membership = extractCase([f('Date of birth', '1 May 1970', 0), f('Sex', 'Male', 1), f('Plot number', '12', 2)]);
    expect(looksLikeCase(membership, false)).toBe(false);
    expect(looksLikeCase(membership, true)).toBe(true);
    expect(looksLikeCase(extractCase([f('Offence', 'Sexual assault on a female', 0)]), false)).toBe(true);
    expect(looksLikeCase(extractCase([f('RoSH', 'High', 0)]), false)).toBe(true);
  });
});

describe('which event a card used', () => {
  const src = (index: number, raw = 'x') => ({ label: 'Order', raw, locator: { frameId: 0, readId: 'r', index } });
  const custody = { title: 'ORA Adult Custody (inc PSS) (12 Months)', status: 'current', type: { value: 'custody', source: src(1, 'ORA Adult Custody') } };
  const community = { title: 'ORA Community Order (18 Months)', status: 'current', type: { value: 'community-order', source: src(2, 'ORA Community Order') } };

  it('names the sentence whose facts the card used, when there are several', () => {
    expect(eventUsed([src(2)], [custody, community])).toBe('the current community order: ORA Community Order (18 Months) (one of 2 on the pages read)');
    expect(eventUsed([src(1)], [custody, community])).toBe('the current custodial sentence: ORA Adult Custody (inc PSS) (12 Months) (one of 2 on the pages read)');
  });

  it('says nothing with one sentence, or when the card used none of them', () => {
    expect(eventUsed([src(1)], [custody])).toBeUndefined();
    expect(eventUsed([src(9)], [custody, community])).toBeUndefined();
  });
});
