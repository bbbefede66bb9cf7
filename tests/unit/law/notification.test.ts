import { describe, expect, it } from 'vitest';
import { notificationPeriod, S82_TABLE, S82Row } from '@/lib/law/notification';
import { correspondingDay, lastDayOfPeriod, under18Across } from '@/lib/law/periods';

const fixed = (years: number, months = 0) => ({ kind: 'fixed' as const, duration: { years, months, weeks: 0, days: 0 } });
const months = (p: ReturnType<typeof notificationPeriod>) => (p.kind === 'fixed' ? p.months : p.kind);

describe('SOA 2003 s.82 table as data', () => {
  it('every row parses and cites legislation.gov.uk', () => {
    for (const r of S82_TABLE) {
      expect(() => S82Row.parse(r)).not.toThrow();
      expect(r.url.startsWith('https://www.legislation.gov.uk/')).toBe(true);
    }
  });

  it('SOA 2003 s.82(1): 30 months or more, life: indefinite; more than 6 under 30: 10 years; 6 months or less: 7 years', () => {
    expect(months(notificationPeriod({ kind: 'imprisonment', length: fixed(2, 6), dto: false }, false))).toBe('indefinite');
    expect(months(notificationPeriod({ kind: 'imprisonment', length: { kind: 'indeterminate', wording: 'Life' }, dto: false }, false))).toBe('indefinite');
    expect(months(notificationPeriod({ kind: 'imprisonment', length: fixed(0, 29), dto: false }, false))).toBe(120);
    expect(months(notificationPeriod({ kind: 'imprisonment', length: fixed(0, 6), dto: false }, false))).toBe(84);
  });

  it('SOA 2003 s.82(1): hospital order 7 years; with restriction order indefinite; other disposals 5 years; caution 2 years', () => {
    expect(months(notificationPeriod({ kind: 'hospital' }, false))).toBe(84);
    expect(months(notificationPeriod({ kind: 'hospital-restricted' }, false))).toBe('indefinite');
    expect(months(notificationPeriod({ kind: 'community', length: fixed(2) }, false))).toBe(60);
    expect(months(notificationPeriod({ kind: 'caution' }, false))).toBe(24);
  });

  it('SOA 2003 s.82(2): under 18 on the relevant date halves the fixed periods only', () => {
    expect(months(notificationPeriod({ kind: 'caution' }, true))).toBe(12);
    expect(months(notificationPeriod({ kind: 'imprisonment', length: fixed(3), dto: false }, true))).toBe('indefinite');
    const unknownAge = notificationPeriod({ kind: 'community', length: fixed(1) }, undefined);
    expect(unknownAge.kind === 'fixed' && unknownAge.halved).toBeUndefined();
  });

  it('SOA 2003 s.131(a): a 12-month DTO at 16 is 6 months detention: 7 years, halved to 3 years 6 months', () => {
    const p = notificationPeriod({ kind: 'imprisonment', length: fixed(1), dto: true }, true);
    expect(p.kind === 'fixed' && p.months).toBe(42);
    expect(p.kind === 'fixed' && p.row.id).toBe('6-months-or-less');
    // A 24-month DTO is 12 months detention: 10 years, halved to 5.
    expect(months(notificationPeriod({ kind: 'imprisonment', length: fixed(2), dto: true }, true))).toBe(60);
  });

  it('Sentencing Act 2020 s.82(2), SOA 2003 s.134: absolute discharge: none; conditional discharge: its own period, not halved', () => {
    expect(notificationPeriod({ kind: 'absolute-discharge' }, false).kind).toBe('none');
    expect(months(notificationPeriod({ kind: 'conditional-discharge', length: fixed(2) }, true))).toBe(24);
    expect(notificationPeriod({ kind: 'conditional-discharge' }, false).kind).toBe('unknown');
  });
});

describe('periods: begin with the relevant date, the last day is shown, leap days included', () => {
  it('10 years beginning with 1 January 2024 end on 31 December 2033', () => {
    expect(lastDayOfPeriod('2024-01-01', 120)).toBe('2033-12-31');
  });
  it('7 years beginning with 29 February 2024 end on 28 February 2031 (corresponding day 1 March, as ages count)', () => {
    expect(correspondingDay('2024-02-29', 84)).toBe('2031-03-01');
    expect(lastDayOfPeriod('2024-02-29', 84)).toBe('2031-02-28');
  });
  it('4 years beginning with 29 February 2024 end on 28 February 2028', () => {
    expect(lastDayOfPeriod('2024-02-29', 48)).toBe('2028-02-28');
  });
  it('2 years beginning with 1 March 2026 end on 29 February 2028', () => {
    expect(lastDayOfPeriod('2026-03-01', 24)).toBe('2028-02-29');
  });
  it('6 months beginning with 31 August 2025 end on 28 February 2026; 3 years 6 months from 31 August 2024 end on 28 February 2028', () => {
    expect(lastDayOfPeriod('2025-08-31', 6)).toBe('2026-02-28');
    expect(lastDayOfPeriod('2024-08-31', 42)).toBe('2028-02-29');
  });
});

describe('age on the relevant date when only a window is known', () => {
  it('under 18 at sentence: under 18 at conviction', () => expect(under18Across('2008-06-01', undefined, '2026-05-01')).toBe(true));
  it('18 at sentence, no lower bound: cannot tell', () => expect(under18Across('2008-06-01', undefined, '2026-07-01')).toBeUndefined());
  it('turns 18 between offence and sentence: cannot tell', () => expect(under18Across('2008-06-01', '2026-01-01', '2026-07-01')).toBeUndefined());
  it('18 already at the offence: adult at conviction', () => expect(under18Across('2000-06-01', '2026-01-01', '2026-07-01')).toBe(false));
});
