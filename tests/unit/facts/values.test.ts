import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithMonths, parseLength } from '@/lib/facts/lengths';
import { parseMappa, parseMappaCategory, parseMappaLevel, parseOutcome, parseRosh, parseSex } from '@/lib/facts/values';
import { classifyDisposal, DISPOSAL_WORDINGS } from '@/lib/facts/disposals';

const d = (years = 0, months = 0, weeks = 0, days = 0) => ({ kind: 'fixed', duration: { years, months, weeks, days } });

describe('parseLength', () => {
  it.each([
    ['18 months', d(0, 18)],
    ['2 years 6 months', d(2, 6)],
    ['(18 Months)', d(0, 18)],
    ['(48 Months)', d(0, 48)],
    ['3y 6m', d(3, 6)],
    ['12 weeks', d(0, 0, 12)],
    ['1 year and 3 months', d(1, 3)],
    ['4 years', d(4)],
    ['2 yrs', d(2)],
    ['30 days', d(0, 0, 0, 30)],
  ])('%s', (raw, value) => {
    expect(parseLength(raw)).toEqual({ ok: true, value });
  });

  it('reads indeterminate sentences as having no length', () => {
    expect(parseLength('Life')).toEqual({ ok: true, value: { kind: 'indeterminate', wording: 'Life' } });
    expect(parseLength('IPP')).toMatchObject({ ok: true, value: { kind: 'indeterminate' } });
  });

  it.each(['', '18', 'eighteen months', '1.5 years', '0 months', '18 months suspended'])('refuses %j', (raw) => {
    expect(parseLength(raw).ok).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseLength(text)), { numRuns: 2000 });
  });

  it('compares lengths by the calendar', () => {
    expect(compareWithMonths({ years: 2, months: 6, weeks: 0, days: 0 }, 30, '2024-01-01')).toBe(0);
    // 26 weeks is not 6 months: from 1 March, 30 August against 1 September.
    expect(compareWithMonths({ years: 0, months: 0, weeks: 26, days: 0 }, 6, '2024-03-01')).toBe(-1);
    expect(compareWithMonths({ years: 4, months: 0, weeks: 0, days: 0 }, 30, '2024-01-01')).toBe(1);
  });
});

describe('value parsers', () => {
  it('sex: only what the page says', () => {
    expect(parseSex('Male')).toEqual({ ok: true, value: 'male' });
    expect(parseSex('M')).toEqual({ ok: true, value: 'male' });
    expect(parseSex('Female')).toEqual({ ok: true, value: 'female' });
    expect(parseSex('F')).toEqual({ ok: true, value: 'female' });
    for (const raw of ['Not known', 'Prefer not to say', 'X', '']) expect(parseSex(raw).ok).toBe(false);
  });

  it('RoSH levels', () => {
    expect(parseRosh('High')).toEqual({ ok: true, value: 'high' });
    expect(parseRosh('VERY HIGH')).toEqual({ ok: true, value: 'very high' });
    expect(parseRosh('Medium (community)')).toEqual({ ok: true, value: 'medium' });
    expect(parseRosh('Highish').ok).toBe(false);
  });

  it('MAPPA category and level, apart or together', () => {
    expect(parseMappaCategory('Category 1')).toEqual({ ok: true, value: 1 });
    expect(parseMappaCategory('Cat 4')).toEqual({ ok: true, value: 4 });
    expect(parseMappaCategory('Category 5').ok).toBe(false);
    expect(parseMappaLevel('Level 2')).toEqual({ ok: true, value: 2 });
    expect(parseMappa('Category 1, Level 2')).toEqual({ ok: true, value: { category: 1, level: 2 } });
    expect(parseMappa('Not MAPPA eligible').ok).toBe(false);
  });

  it('conviction or caution', () => {
    expect(parseOutcome('Conviction')).toEqual({ ok: true, value: 'conviction' });
    expect(parseOutcome('Found guilty')).toEqual({ ok: true, value: 'conviction' });
    expect(parseOutcome('Adult caution')).toEqual({ ok: true, value: 'caution' });
    expect(parseOutcome('Pending').ok).toBe(false);
  });

  it('never throw and never read a fact from arbitrary text that does not say one', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const parse of [parseSex, parseRosh, parseMappaCategory, parseMappaLevel, parseMappa, parseOutcome]) parse(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('classifyDisposal', () => {
  it.each([
    ['CJA - Std Determinate Custody', 'custody'],
    ['ORA Community Order', 'community-order'],
    ['Suspended Sentence Order', 'suspended-sentence'],
    ['CJA - Suspended Custody', 'suspended-sentence'],
    ['Adult Caution', 'caution'],
    ['Youth Conditional Caution', 'caution'],
    ['Hospital Order (s.37 MHA 1983)', 'hospital-order'],
    ['Hospital Order with Restriction Order (s.37/41)', 'hospital-order-restricted'],
    ['Conditional Discharge', 'conditional-discharge'],
    ['Extended Determinate Sentence', 'custody'],
    ['Life imprisonment', 'custody'],
    ['Fine', 'fine'],
  ])('%s -> %s', (text, type) => {
    expect(classifyDisposal(text)).toBe(type);
  });

  it('each wording recognises its own example', () => {
    for (const w of DISPOSAL_WORDINGS) expect(classifyDisposal(w.example)).toBe(w.type);
  });

  it('does not guess from unrelated text', () => {
    for (const text of ['Pending', 'Not yet sentenced', 'Adjourned']) expect(classifyDisposal(text)).toBeUndefined();
  });
});
