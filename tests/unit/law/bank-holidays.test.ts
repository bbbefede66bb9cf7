import { describe, expect, it } from 'vitest';
import { addWorkingDays, BankHolidays, ENGLAND_AND_WALES_BANK_HOLIDAYS, isWorkingDay } from '@/lib/law/bank-holidays';

describe('England and Wales bank holidays (gov.uk/bank-holidays) as data', () => {
  it('parses: sorted, unique, weekdays, 8 or more a year for 2018-2028', () => {
    expect(() => BankHolidays.parse(ENGLAND_AND_WALES_BANK_HOLIDAYS)).not.toThrow();
    for (let y = 2018; y <= 2028; y++) expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith(`${y}-`)).length, String(y)).toBeGreaterThanOrEqual(8);
  });
  it('includes the one-off days and substitute days', () => {
    for (const d of ['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08', '2026-12-28', '2027-12-28']) expect(isWorkingDay(d), d).toBe(false);
  });
});

describe('working days', () => {
  it('15 working days from Friday 20 November 2026 is Friday 11 December 2026', () => {
    expect(addWorkingDays('2026-11-20', 15)).toBe('2026-12-11');
  });
  it('skips Christmas, Boxing Day substitute and New Year: 15 working days from 18 December 2026 is 13 January 2027', () => {
    expect(addWorkingDays('2026-12-18', 15)).toBe('2027-01-13');
  });
  it('skips Easter 2026 (3 and 6 April)', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });
  it('beyond 2028: cannot tell (undefined), not a calendar guess', () => {
    expect(addWorkingDays('2028-12-20', 15)).toBeUndefined();
    expect(addWorkingDays('2017-06-01', 15)).toBeUndefined();
  });
});
