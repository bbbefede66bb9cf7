import { z } from 'zod';
import { URLS } from './source';

/**
 * England and Wales bank holidays (source: gov.uk/bank-holidays), 2018-2028, including the
 * one-off days (8 May 2020 moved early May; 2-3 June 2022 jubilee; 19 September 2022 state
 * funeral; 8 May 2023 coronation). 2027 and 2028 follow the standing rules and substitute
 * days and should be checked against gov.uk when announced. Outside 2018-2028 working days
 * cannot be counted: the functions say so rather than fall back to a guess.
 */
export const BANK_HOLIDAY_YEARS = { from: 2018, to: 2028 } as const;

export const BankHolidays = z
  .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
  .refine((d) => d.every((x, i) => i === 0 || d[i - 1]! < x), 'sorted and unique')
  .refine((d) => d.every((x) => ![0, 6].includes(new Date(`${x}T00:00:00Z`).getUTCDay())), 'bank holidays fall on weekdays');

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: string[] = BankHolidays.parse([
  '2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26',
  '2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26',
  '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
  '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
  '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]);

export const BANK_HOLIDAY_SOURCE = { label: 'GOV.UK, UK bank holidays (England and Wales)', url: URLS.bankHolidays };

const HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

export function isWorkingDay(iso: string): boolean {
  const wd = dayOf(iso).getUTCDay();
  return wd !== 0 && wd !== 6 && !HOLIDAYS.has(iso);
}

/**
 * The date `n` working days after `start` (the start day itself not counted), skipping weekends
 * and England and Wales bank holidays. Undefined when the count would leave the years the table
 * covers: then the card says it cannot tell, not a calendar guess.
 */
export function addWorkingDays(start: string, n: number): string | undefined {
  const year = (iso: string) => Number(iso.slice(0, 4));
  if (year(start) < BANK_HOLIDAY_YEARS.from || year(start) > BANK_HOLIDAY_YEARS.to) return undefined;
  const d = dayOf(start);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = isoOf(d);
    if (year(iso) > BANK_HOLIDAY_YEARS.to) return undefined;
    if (isWorkingDay(iso)) left--;
  }
  return isoOf(d);
}
