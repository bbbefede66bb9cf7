import { ageOn, formatLong, type IsoDate } from '../facts/dates';

/**
 * One convention for every period the cards show (SOA 2003 s.82: a notification period
 * begins with the relevant date). A period of N months beginning with day D ends on the day
 * before the "corresponding day" N months later, and the card shows that LAST DAY.
 *
 * The corresponding day of 29 February (or of the 29th-31st in a shorter month) that does not
 * exist is taken as the 1st of the next month, the same rule `ageOn` uses for birthdays
 * (age is reached on 1 March in a common year). So 7 years beginning with 29 February 2024
 * end on 28 February 2031; 6 months beginning with 31 August 2025 end on 28 February 2026.
 */
export function correspondingDay(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d <= daysInMonth) return iso(year, month, d);
  // The day does not exist in that month: the period reaches the 1st of the next month.
  return month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
}

/** The last day of a period of `months` months beginning with (and including) `start`. */
export function lastDayOfPeriod(start: IsoDate, months: number): IsoDate {
  return addCalendarDays(correspondingDay(start, months), -1);
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "3 years 6 months", "1 year", "6 months": a period in months, in words. */
export function describeMonths(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${m} month${m === 1 ? '' : 's'}` : ''].filter(Boolean);
  return parts.join(' ') || '0 months';
}

/**
 * Whether someone was under 18 on a date known only to lie in a window [from, to]
 * (e.g. a conviction on or before the sentence date and after the offence). True or false
 * only when the answer is the same across the whole window; otherwise undefined.
 */
export function under18Across(dateOfBirth: IsoDate, from: IsoDate | undefined, to: IsoDate): boolean | undefined {
  const atEnd = ageOn(dateOfBirth, to) < 18;
  if (atEnd) return true; // under 18 at the later date, so under 18 at any earlier one
  if (from === undefined) return undefined;
  return ageOn(dateOfBirth, from) < 18 ? undefined : false;
}

export const long = formatLong;
