import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, parseUkDate } from '@/lib/facts/dates';

describe('parseUkDate', () => {
  it.each([
    ['18/08/1979', '1979-08-18'],
    ['18/8/1979', '1979-08-18'],
    ['18-08-1979', '1979-08-18'],
    ['18.08.1979', '1979-08-18'],
    ['18 August 1979', '1979-08-18'],
    ['4 Mar 2025', '2025-03-04'],
    ['4th March 2025', '2025-03-04'],
    ['4 Sept 2025', '2025-09-04'],
    ['18-Aug-1979', '1979-08-18'],
    ['Tue 4 Mar 2025', '2025-03-04'],
    ['Date: 18 August 1979 (47 years old)'.replace('Date: ', ''), '1979-08-18'],
    ['1979-08-18', '1979-08-18'],
    ['29/02/2024', '2024-02-29'],
  ])('%s -> %s', (raw, iso) => {
    expect(parseUkDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31/02/2020', 'not a real date'],
    ['29/02/2023', 'not a real date'],
    ['18/13/1979', 'not a real date'],
    ['18/08/79', 'two-digit year'],
    ['/8/1979', 'incomplete'],
    ['18//1979', 'incomplete'],
    ['', 'no date'],
    ['next Tuesday', 'not a date in a form'],
    ['August 1979', 'not a date in a form'],
  ])('refuses %s (%s)', (raw, reason) => {
    const parsed = parseUkDate(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('never throws and never invents a date from arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseUkDate(text);
        if (parsed.ok) expect(parsed.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // A date is only read from text that has day, month and a four-digit year in it.
        if (parsed.ok) expect(text).toMatch(/\d{4}/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every real date it is given in each UK form', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), (d) => {
        const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const long = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
        for (const text of [`${day}/${m}/${y}`, `${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, long])
          expect(parseUkDate(text)).toEqual({ ok: true, value: iso });
      }),
      { numRuns: 500 },
    );
  });
});

describe('ageOn', () => {
  it('counts whole years across birthdays', () => {
    expect(ageOn('2008-11-28', '2026-11-27')).toBe(17);
    expect(ageOn('2008-11-28', '2026-11-28')).toBe(18);
    expect(ageOn('1979-08-18', '2026-11-28')).toBe(47);
  });
  it('a leap-day birth turns a year older on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
  });
});
