import { add } from 'date-fns';
import { toDate, toIso, type IsoDate, type Parsed } from './dates';

/** A sentence or order length as written: kept in its own units, so nothing is rounded. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** Indeterminate sentences have no length to add to a date. */
export type Length = { kind: 'fixed'; duration: Duration } | { kind: 'indeterminate'; wording: string };

const UNITS: Array<[RegExp, keyof Duration]> = [
  [/^(years?|yrs?|y)$/i, 'years'],
  [/^(months?|mths?|mnths?|m)$/i, 'months'],
  [/^(weeks?|wks?|w)$/i, 'weeks'],
  [/^(days?|d)$/i, 'days'],
];

const INDETERMINATE = /\b(life|imprisonment for public protection|ipp|indeterminate)\b/i;

/**
 * Reads a length: "18 months", "2 years 6 months", "(18 Months)", "3y 6m", "12 weeks",
 * "1 year and 3 months". Anything else in the text (other words, decimals, a bare number)
 * is refused with a reason rather than guessed.
 */
export function parseLength(raw: string): Parsed<Length> {
  const text = raw.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'no length given' };
  if (INDETERMINATE.test(text)) return { ok: true, value: { kind: 'indeterminate', wording: text } };
  const duration: Duration = { years: 0, months: 0, weeks: 0, days: 0 };
  const rest = text
    .toLowerCase()
    .replace(/(\d+)\s*([a-z]+)/g, (whole, n: string, unit: string) => {
      const found = UNITS.find(([pattern]) => pattern.test(unit));
      if (!found) return whole;
      duration[found[1]] += Number(n);
      return ' ';
    })
    .replace(/\b(and|,)\b|,/g, ' ')
    .trim();
  if (rest) return { ok: false, reason: `"${raw.trim()}" is not a length this reads` };
  if (Object.values(duration).every((n) => n === 0)) return { ok: false, reason: `"${raw.trim()}" is a length of nothing` };
  return { ok: true, value: { kind: 'fixed', duration } };
}

export function addDuration(from: IsoDate, d: Duration): IsoDate {
  return toIso(add(toDate(from), d));
}

/**
 * Compares a length with a number of months by calendar arithmetic from a start date (a
 * 26-week sentence is not "6 months"): negative if shorter, 0 if equal, positive if longer.
 */
export function compareWithMonths(d: Duration, months: number, from: IsoDate): number {
  const end = addDuration(from, d);
  const bound = addDuration(from, { years: 0, months, weeks: 0, days: 0 });
  return end < bound ? -1 : end > bound ? 1 : 0;
}

export function describeDuration(d: Duration): string {
  const parts: string[] = [];
  const unit = (n: number, word: string) => n && parts.push(`${n} ${word}${n === 1 ? '' : 's'}`);
  unit(d.years, 'year');
  unit(d.months, 'month');
  unit(d.weeks, 'week');
  unit(d.days, 'day');
  return parts.join(' ');
}

const UNIT_WORDS = '(?:years?|yrs?|months?|mths?|weeks?|wks?|days?)';
/** "(12 Months)", "(2 Years 6 Months)" in a heading, or a leading "12 month" in "12 month Community order". */
const LENGTH_IN_WORDING = new RegExp(
  `\\((\\d+\\s*${UNIT_WORDS}(?:\\s*(?:and\\s*)?\\d+\\s*${UNIT_WORDS})*)\\)|^\\s*(\\d+\\s*${UNIT_WORDS}(?:\\s*(?:and\\s*)?\\d+\\s*${UNIT_WORDS})*)\\b`,
  'i',
);

/**
 * The length written into an order's own wording: nDelius titles an order "ORA Adult Custody
 * (inc PSS) (12 Months)" or "12 month Community order". Only those two places: "35 months
 * elapsed" later in the text is not the length.
 */
export function lengthInWording(text: string): Length | undefined {
  const m = LENGTH_IN_WORDING.exec(text);
  const words = m?.[1] ?? m?.[2];
  if (!words) return undefined;
  const parsed = parseLength(words);
  return parsed.ok ? parsed.value : undefined;
}
