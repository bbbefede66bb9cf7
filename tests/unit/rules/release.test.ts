import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom, type CompactCase } from '@/lib/rules/examples';
import { RELEASE_RULES, ReleaseRule, rule, sentenceKind } from '@/lib/law/release';
import { ruleText } from '@/lib/rules/release';

const run = (c: CompactCase) => evaluate(RULES.find((r) => r.id === 'custody-release-point')!, caseFrom(c), '2026-11-29');
const sds = (offence: string, length: string, date = '01/01/2024', release?: string): CompactCase => ({
  offences: [{ text: offence, outcome: 'Conviction' }],
  sentence: { type: 'CJA - Std Determinate Custody', length, date, ...(release ? { release } : {}) },
});

describe('release rules as data', () => {
  it('each rule parses and cites legislation.gov.uk', () => {
    for (const r of RELEASE_RULES) {
      expect(() => ReleaseRule.parse(r)).not.toThrow();
      expect(r.url.startsWith('https://www.legislation.gov.uk/')).toBe(true);
    }
  });
  it('sentence kinds from wordings', () => {
    expect(sentenceKind('CJA - Std Determinate Custody', undefined)).toBe('sds');
    expect(sentenceKind('Extended Determinate Sentence (EDS)', undefined)).toBe('extended');
    expect(sentenceKind('SOPC', undefined)).toBe('sopc');
    expect(sentenceKind('Detention and Training Order', undefined)).toBe('dto');
    expect(sentenceKind('Life imprisonment', undefined)).toBe('indeterminate');
  });
});

describe('custody-release-point leads with current law', () => {
  it('CJA 2003 s.244: sexual assault, 2 years: halfway is the headline, the leaflet last', () => {
    const r = run(sds('Sexual assault', '2 years'));
    expect(r.summary).toBe('Indicative release point under current law: 1 January 2025');
    expect(r.computed.at(-1)?.label).toMatch(/^The leaflet said/);
  });
  it('CJA 2003 s.244ZA: rape, 6 years, sentenced 2024: two-thirds', () => {
    const r = run(sds('Rape', '6 years'));
    expect(r.summary).toBe('Indicative release point under current law: 2 January 2028');
  });
  it('CJA 2003 s.244ZA: rape, 5 years, sentenced before 28 June 2022: half (the 4-year rule is not yet in force)', () => {
    expect(run(sds('Rape', '5 years', '01/01/2022')).summary).toBe('Indicative release point under current law: 2 July 2024');
  });
  it('sexual assault, 5 years: half, not the leaflet\'s two-thirds (s.3 carries 10 years, not life)', () => {
    const r = run(sds('Sexual assault', '5 years'));
    expect(r.summary).toBe('Indicative release point under current law: 3 July 2026');
    expect(r.computed.find((c) => c.label.startsWith('The leaflet said'))?.label).toMatch(/two-thirds/);
  });
  it('an offence whose maximum is unknown here, 4 years or more: cannot tell half or two-thirds', () => {
    const r = run(sds('Causing a person to engage in sexual activity without consent', '5 years'));
    expect(r.status).toBe('cannot-tell');
    expect(r.missing[0]?.name).toMatch(/maximum of life/);
  });
  it('a release date read from the page leads; no computed date is put above it', () => {
    const r = run(sds('Sexual assault', '3 years', '01/01/2025', '20/06/2026'));
    expect(r.summary).toBe('Release date on the page: 20 June 2026');
    expect(r.computed[0]?.value).toBe('Release date on the page: 20 June 2026');
    expect(r.computed[1]?.label).toBe('Release date on the page');
  });
  it('CJA 2003 s.246A: extended sentence: Parole Board, no date computed', () => {
    const r = run({ sentence: { type: 'Extended Determinate Sentence', length: '8 years', date: '01/01/2024' } });
    expect(r.summary).toBe('Parole Board decides');
    expect(r.computed.find((c) => c.label.startsWith('Automatic'))).toBeUndefined();
  });
  it('registered sex offenders: no HDC (CJA 2003 s.246(4)); the Sentencing Act 2026 note is dated', () => {
    const r = run(sds('Sexual assault', '2 years'));
    expect(r.detail.join(' ')).toMatch(/Home Detention Curfew is not available/);
    expect(r.detail.join(' ')).toMatch(/As checked on 29 November 2026/);
  });
});

describe('release rules on the card', () => {
  it('say when they have not been checked against the legislation text (CJA 2003 s.246A for extended sentences)', () => {
    expect(ruleText(rule('extended'))).toMatch(/Not yet checked against the text of CJA 2003 s\.246A/);
    // Sentencing Code s.241, read: no warning.
    expect(ruleText(rule('dto'))).toBe(rule('dto').says);
  });
});
