import { z } from 'zod';
import type { Duration, Length } from '../facts/lengths';
import { URLS } from './source';

/**
 * SOA 2003 s.82(1) table: the notification period by what happened on conviction or caution.
 * s.82(2): a person under 18 on the relevant date (conviction, finding or caution, s.82(6))
 * has the 10, 7, 5 and 2 year periods halved; indefinite periods and a conditional
 * discharge's own period are not halved.
 */
export const S82Row = z.object({
  id: z.string(),
  description: z.string(),
  period: z.union([z.literal('indefinite'), z.literal('discharge period'), z.number().int().positive()]),
  halvedUnder18: z.boolean(),
  section: z.string(),
  url: z.url(),
  example: z.object({ says: z.string(), months: z.union([z.literal('indefinite'), z.literal('discharge period'), z.number()]) }),
});
export type S82Row = z.infer<typeof S82Row>;

const s82 = URLS.soa2003s82;
export const S82_TABLE: S82Row[] = z.array(S82Row).parse([
  { id: 'life-ipp-30-months', description: 'imprisonment for life, for public protection, or for 30 months or more', period: 'indefinite', halvedUnder18: false, section: 'SOA 2003 s.82(1)', url: s82, example: { says: '4 years: indefinite', months: 'indefinite' } },
  { id: 'hospital-restricted', description: 'admitted to a hospital subject to a restriction order', period: 'indefinite', halvedUnder18: false, section: 'SOA 2003 s.82(1)', url: s82, example: { says: 'restriction order: indefinite', months: 'indefinite' } },
  { id: 'over-6-under-30-months', description: 'imprisonment for more than 6 months but less than 30 months', period: 120, halvedUnder18: true, section: 'SOA 2003 s.82(1)', url: s82, example: { says: '12 months: 10 years', months: 120 } },
  { id: '6-months-or-less', description: 'imprisonment for 6 months or less', period: 84, halvedUnder18: true, section: 'SOA 2003 s.82(1)', url: s82, example: { says: '6 months: 7 years', months: 84 } },
  { id: 'hospital', description: 'admitted to a hospital without a restriction order', period: 84, halvedUnder18: true, section: 'SOA 2003 s.82(1)', url: s82, example: { says: 'hospital order: 7 years', months: 84 } },
  { id: 'caution', description: 'cautioned', period: 24, halvedUnder18: true, section: 'SOA 2003 s.82(1)', url: s82, example: { says: 'caution at 17: 1 year', months: 12 } },
  { id: 'conditional-discharge', description: 'conditional discharge (SOA 2003 s.134)', period: 'discharge period', halvedUnder18: false, section: 'SOA 2003 s.82(1), s.134', url: URLS.soa2003s134, example: { says: '2-year conditional discharge: 2 years', months: 'discharge period' } },
  { id: 'other', description: 'any other disposal (e.g. a community order, suspended supervision, fine)', period: 60, halvedUnder18: true, section: 'SOA 2003 s.82(1)', url: s82, example: { says: 'community order: 5 years', months: 60 } },
]);

const row = (id: string): S82Row => S82_TABLE.find((r) => r.id === id)!;

/** The term that counts, in months (weeks and days at 30.4375 days a month; exact for years and months). */
export function termMonths(d: Duration): number {
  return d.years * 12 + d.months + (d.weeks * 7 + d.days) / 30.4375;
}

/** "DTO", "Detention and Training Order": only the detention half counts (SOA 2003 s.131(a) and its closing words; the period is half the term, Sentencing Code s.241(2)). */
export const DTO_WORDING = /\bdto\b|detention and training order/i;

export type Disposal =
  | { kind: 'caution' }
  | { kind: 'absolute-discharge' }
  | { kind: 'conditional-discharge'; length?: Length }
  | { kind: 'imprisonment'; length?: Length; dto: boolean }
  | { kind: 'hospital' }
  | { kind: 'hospital-restricted' }
  | { kind: 'community'; length?: Length }
  | { kind: 'other' };

export type Period =
  | { kind: 'none'; why: string; source: { section: string; url: string } }
  | { kind: 'indefinite'; row: S82Row; why: string }
  | { kind: 'fixed'; row: S82Row; months: number; halved: boolean | undefined; why: string }
  | { kind: 'unknown'; why: string; missing: string[] };

/** Custodial months that count: a DTO's detention period is half its term (SOA 2003 s.131; Sentencing Code s.241(2)); life is unbounded. */
export function countedMonths(d: Extract<Disposal, { kind: 'imprisonment' }>): number | undefined {
  if (!d.length) return undefined;
  if (d.length.kind === 'indeterminate') return Infinity;
  const m = termMonths(d.length.duration);
  return d.dto ? m / 2 : m;
}

/**
 * The s.82 period for a notifiable conviction or caution. `under18` is the age on the relevant
 * date (undefined when it cannot be told); a fixed period is then given both ways.
 */
export function notificationPeriod(d: Disposal, under18: boolean | undefined): Period {
  if (d.kind === 'absolute-discharge')
    return { kind: 'none', why: 'an absolute discharge: the conviction is deemed not to be a conviction (Sentencing Act 2020 s.82(2)); s.134 keeps notification only for a conditional discharge', source: { section: 'Sentencing Act 2020 s.82(2); SOA 2003 s.134', url: URLS.sa2020s82 } };
  let r: S82Row;
  let why: string;
  if (d.kind === 'caution') [r, why] = [row('caution'), 'a caution'];
  else if (d.kind === 'hospital-restricted') [r, why] = [row('hospital-restricted'), 'a hospital order with a restriction order'];
  else if (d.kind === 'hospital') [r, why] = [row('hospital'), 'a hospital order without a restriction order'];
  else if (d.kind === 'conditional-discharge') {
    if (!d.length || d.length.kind !== 'fixed') return { kind: 'unknown', why: 'a conditional discharge: notification lasts for the period of the discharge', missing: ['Period of the conditional discharge'] };
    const months = termMonths(d.length.duration);
    return { kind: 'fixed', row: row('conditional-discharge'), months, halved: false, why: 'a conditional discharge: the period of the discharge (SOA 2003 s.134)' };
  } else if (d.kind === 'imprisonment') {
    const m = countedMonths(d);
    if (m === undefined) return { kind: 'unknown', why: 'a custodial sentence of unknown length', missing: [d.dto ? 'Length of the detention and training order' : 'Sentence length'] };
    const what = d.dto ? `a detention and training order: ${formatMonths(m)} detention counts (SOA 2003 s.131; Sentencing Code s.241(2))` : m === Infinity ? 'a life or indeterminate sentence' : 'imprisonment';
    if (m >= 30) [r, why] = [row('life-ipp-30-months'), what];
    else if (m > 6) [r, why] = [row('over-6-under-30-months'), what];
    else [r, why] = [row('6-months-or-less'), what];
  } else [r, why] = [row('other'), d.kind === 'community' ? 'a community sentence' : 'another disposal'];

  if (r.period === 'indefinite') return { kind: 'indefinite', row: r, why };
  const full = r.period as number;
  if (under18 === true) return { kind: 'fixed', row: r, months: full / 2, halved: true, why };
  return { kind: 'fixed', row: r, months: full, halved: under18 === false ? false : undefined, why };
}

function formatMonths(m: number): string {
  return Number.isInteger(m) ? `${m} month${m === 1 ? '' : 's'}` : `${Math.round(m * 10) / 10} months`;
}
