import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom } from '@/lib/rules/examples';

const run = (c: Parameters<typeof caseFrom>[0]) => evaluate(RULES.find((r) => r.id === 'licence-condition-relevance')!, caseFrom(c), '2026-11-29');

describe('licence-condition-relevance', () => {
  it('OMA 2007 s.28: a polygraph condition on a 9-month sentence is flagged', () => {
    const r = run({
      dob: '01/01/1980',
      offences: [{ text: 'Sexual assault', outcome: 'Conviction' }],
      sentence: { type: 'CJA - Std Determinate Custody', length: '9 months', date: '01/01/2026', release: '01/05/2026' },
      conditions: ['Comply with any requirements to attend polygraph sessions', 'Not to contact the victim directly or indirectly'],
    });
    expect(r.status).toBe('applies');
    expect(r.detail.join(' ')).toMatch(/under 12 months/);
  });
  it('OMA 2007 s.28: 17 at release is flagged', () => {
    const r = run({
      dob: '01/06/2009',
      offences: [{ text: 'Sexual assault', outcome: 'Conviction' }],
      sentence: { type: 'CJA - Std Determinate Custody', length: '2 years', date: '01/01/2025', release: '01/01/2026' },
      conditions: ['Comply with any requirements to attend polygraph sessions', 'Not to contact the victim directly or indirectly'],
    });
    expect(r.detail.join(' ')).toMatch(/under 18 on the day of release/);
  });
  it('offending against a child: victim no-contact and household conditions are suggested; wording is "check", not "unlawful"', () => {
    const r = run({
      offences: [{ text: 'Sexual activity with a child', outcome: 'Conviction' }],
      sentence: { type: 'CJA - Std Determinate Custody', length: '2 years', date: '01/01/2025' },
      conditions: ['Not to have unsupervised contact with any child under the age of 18', 'Not to consume alcohol'],
    });
    const text = r.detail.join(' ');
    expect(text).toMatch(/victim contact/);
    expect(text).toMatch(/residing in a household with children/);
    expect(text).toMatch(/Check: "Not to consume alcohol".*risk assessment/);
  });
});
