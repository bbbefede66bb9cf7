import { addDays, differenceInYears, format, isValid, parse } from 'date-fns';

/** A parse that either gives a value or says, in words, why it could not. Never a guess. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** ISO calendar date, yyyy-MM-dd: the one form dates take inside the extension. */
export type IsoDate = string;

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i;

/** The date shapes UK case systems write, each with the date-fns format that reads it. */
const SHAPES: Array<{ pattern: RegExp; format: (m: RegExpMatchArray) => string }> = [
  // 18/08/1979, 18/8/1979, 18-08-1979, 18.08.1979 (day first: this is the UK)
  { pattern: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/, format: (m) => `d${m[2]}M${m[2]}yyyy` },
  // 18 August 1979, 4 Mar 2025, 4th March 2025, 18-Aug-1979
  { pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH}\\.?[\\s-]+(\\d{4})$`, 'i'), format: () => 'd MMMM yyyy' },
  // 1979-08-18 (ISO, from <input type=date> and datetime attributes)
  { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, format: () => 'yyyy-MM-dd' },
];

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "4 Mar 2025" and "4th Sept 2025" to "4 March 2025", the one wording date-fns is asked to read. */
function normaliseWords(text: string): string {
  return text
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/-/g, ' ')
    .replace(/\b([a-z]{3,9})\.?\b/i, (word) => FULL_MONTHS.find((m) => m.startsWith(word.toLowerCase().slice(0, 3))) ?? word);
}

/**
 * Reads a UK date. Extra words around it ("(47 years old)", a weekday) are ignored; two-digit
 * years, American month-first dates and impossible dates (31/02/2020) are refused with a reason.
 */
export function parseUkDate(raw: string): Parsed<IsoDate> {
  // Pages repeat dates (a table of offences, each "1 May 2020"), and every re-read of the page
  // reads them again: each wording is parsed once. A copy goes out, so no caller can change the cache.
  let parsed = parsedDates.get(raw);
  if (!parsed) {
    if (parsedDates.size >= 10_000) parsedDates.clear();
    parsed = readUkDate(raw);
    parsedDates.set(raw, parsed);
  }
  return { ...parsed };
}
const parsedDates = new Map<string, Parsed<IsoDate>>();

function readUkDate(raw: string): Parsed<IsoDate> {
  const text = raw
    .replace(/\(.*?\)/g, ' ')
    .replace(WEEKDAY, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return { ok: false, reason: 'no date given' };
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) return { ok: false, reason: `"${raw.trim()}" has a two-digit year` };
  if (/^\/|\/\/|\/$/.test(text)) return { ok: false, reason: `"${raw.trim()}" is an incomplete date` };
  for (const shape of SHAPES) {
    const match = text.match(shape.pattern);
    if (!match) continue;
    const input = shape.pattern === SHAPES[1]!.pattern ? normaliseWords(text) : text;
    const date = parse(input, shape.format(match), new Date(2000, 0, 1));
    if (!isValid(date) || date.getFullYear() < 1900 || date.getFullYear() > 2200)
      return { ok: false, reason: `"${raw.trim()}" is not a real date` };
    // The year is 1900-2200 here, so four digits: what format(date, 'yyyy-MM-dd') gives, without its parser of patterns.
    return { ok: true, value: `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` };
  }
  return { ok: false, reason: `"${raw.trim()}" is not a date in a form this reads` };
}

/** A Date at local midnight for an ISO date (the extension works in calendar days, not instants). */
export function toDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

export function toIso(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Age in whole years on a day. Someone born on 29 February turns a year older on 1 March in
 * common years (the usual reading in England and Wales, Family Law Reform Act 1969 s.9: age is
 * reached at the start of the anniversary, and in a common year that falls on 1 March);
 * date-fns' differenceInYears counts the same way (tested in tests/unit/facts/dates.test.ts).
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  return differenceInYears(toDate(on), toDate(dateOfBirth));
}

export function formatLong(iso: IsoDate): string {
  return format(toDate(iso), 'd MMMM yyyy');
}

export { addDays };

/** A UK date inside running text: 27/11/2026, 27 November 2026, 4 Mar 2025. */
export const DATE_IN_TEXT =
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b/gi;

/**
 * A date that is the value of a field though words surround it: "Completed on 20 Jun 2018",
 * "1 April 2021 and ends on 26 April 2060" (the date the label names comes first), "Complete
 * (2 January 2018)". The whole text is tried first; then a date at the start; then the one date
 * in the text. Two different dates and no leading one: refused, not guessed.
 */
export function parseDateInText(raw: string): Parsed<IsoDate> {
  const whole = parseUkDate(raw);
  if (whole.ok) return whole;
  const found = [...raw.matchAll(DATE_IN_TEXT)];
  if (found.length === 0) return whole;
  const first = found[0]!;
  const dates = found.map((m) => parseUkDate(m[0])).filter((d): d is { ok: true; value: IsoDate } => d.ok);
  if (dates.length === 0) return whole;
  if (raw.slice(0, first.index).trim() === '' || new Set(dates.map((d) => d.value)).size === 1) return dates[0]!;
  return { ok: false, reason: `"${raw.trim()}" holds more than one date` };
}
