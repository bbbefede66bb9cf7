import { z } from 'zod';
import type { Length } from '../facts/lengths';
import { termMonths } from './notification';
import { addCalendarDays } from './periods';
import { URLS } from './source';

/**
 * Release from custodial sentences in England and Wales, as dated data. A date is computed only
 * where the law gives one (an automatic release point); otherwise the card says who decides.
 * A release date read from the page always leads: the prison's sentence calculation counts
 * remand, consecutive terms and the scheme in force, which this cannot.
 */
export const ReleaseRule = z.object({
  id: z.enum(['sds-half', 'sds-two-thirds', 'sds40-excluded', 'extended', 'sopc', 'dto', 'indeterminate', 'hdc', 'leaflet-history', 'sentencing-act-2026']),
  says: z.string().min(10),
  /** Fraction of the term served before automatic release; omitted where no date follows. */
  fraction: z.number().positive().max(1).optional(),
  section: z.string(),
  url: z.url(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** False where the wording was not read from the legislation text when this table was written. */
  verified: z.boolean(),
  example: z.string(),
});
export type ReleaseRule = z.infer<typeof ReleaseRule>;

export const RELEASE_RULES: ReleaseRule[] = z.array(ReleaseRule).parse([
  { id: 'sds-half', says: 'Standard determinate sentence: automatic release on licence at the halfway point.', fraction: 1 / 2, section: 'CJA 2003 s.244(3)(a)', url: URLS.cja2003s244, verified: true, example: '3 years from 1 January 2025: halfway on 2 July 2026' },
  {
    id: 'sds-two-thirds',
    says: 'Two-thirds, not half, for a sexual offence in Schedule 15 Part 2 with a maximum of life and a sentence of 4 years or more imposed on or after 28 June 2022 (7 years or more before then, from 1 April 2020).',
    fraction: 2 / 3,
    section: 'CJA 2003 s.244ZA; SI 2020/158',
    url: URLS.cja2003s244ZA,
    from: '2022-06-28',
    verified: true,
    example: 'Rape, 6 years from 1 January 2024: two-thirds',
  },
  { id: 'sds40-excluded', says: 'The 40% release point of September 2024 does not apply to sexual offences: offences under the Sexual Offences Act 2003, indecent images (PCA 1978 s.1, CJA 1988 s.160) and others are excluded.', section: 'SI 2024/844 art.3(6) and Schedule', url: URLS.si2024_844, from: '2024-09-10', verified: true, example: 'Sexual assault, 2 years: still halfway' },
  // The two-thirds Parole Board point for every extended sentence came with CJCA 2015 s.4 (its
  // explanatory notes were read; s.246A's own text and the 13 April 2015 date were not).
  { id: 'extended', says: 'Extended determinate sentence: the Parole Board may release from two-thirds of the custodial term; release is automatic at the end of the custodial term, then the extension period is served on licence. An extended sentence imposed before 13 April 2015 with a custodial term under 10 years and no Schedule 15B offence had automatic release at two-thirds.', section: 'CJA 2003 s.246A', url: URLS.cja2003s246A, verified: false, example: 'EDS 6 + 4: Parole Board from 4 years' },
  // s.244A(6): half for a sentence imposed before PCSCA 2022 s.131 (28 June 2022) was read; the two-thirds limb after it was not.
  { id: 'sopc', says: 'Sentence for offenders of particular concern: the Parole Board may release from the requisite custodial period (half the custodial term for a sentence imposed before 28 June 2022, two-thirds since); release is automatic at the end of the custodial term. The licence runs to the end of the whole sentence: the rest of the custodial term and the further 1-year licence period.', section: 'CJA 2003 s.244A; Sentencing Code ss.265, 278', url: URLS.cja2003s244A, verified: false, example: 'SOPC: Parole Board' },
  // Sentencing Code s.241(2), (4), (5), revised text read (DTOs are Part 10 Chapter 2, under-18s).
  { id: 'dto', says: 'Detention and training order: half the term in detention, then supervision. For a term of 8 months or more, the Secretary of State may release up to 1 month early (up to 2 months for a term of 18 months or more), and a youth court may order release up to 1 month later (1 or 2 months for 18 months or more).', fraction: 1 / 2, section: 'Sentencing Code s.241', url: URLS.sentencingCodes241, verified: true, example: '12-month DTO: 6 months detention' },
  { id: 'indeterminate', says: 'Life or IPP: release only once the minimum term (tariff) is served and the Parole Board directs it.', section: 'Crime (Sentences) Act 1997 s.28', url: URLS.csa1997s28, verified: true, example: 'Life, minimum term 8 years: Parole Board from 8 years' },
  { id: 'hdc', says: 'Home Detention Curfew is not available to a person subject to the sex offender notification requirements.', section: 'CJA 2003 s.246(4)', url: URLS.cja2003s246, verified: false, example: 'Registered: no HDC' },
  { id: 'leaflet-history', says: 'The leaflet said: under 4 years, release after half; 4 years or more, at least two-thirds. That is the pre-2005 scheme (CJA 1991), shown as history only.', fraction: 1 / 2, section: 'Criminal Justice Act 1991 (repealed scheme)', url: 'https://www.legislation.gov.uk/ukpga/1991/53/part/II', verified: false, example: 'history only' },
  {
    id: 'sentencing-act-2026',
    says: 'Sentencing Act 2026 s.23 (Royal Assent 22 January 2026) would make the standard release point one-third (half for sentences under Sentencing Code s.250), with s.244ZA cases at one-half or two-thirds. As checked on 29 November 2026, no commencement of s.23 was found (SI 2026/402 commenced other sections): treat it as not yet in force and check the commencement regulations.',
    section: 'Sentencing Act 2026 ss.23, 49',
    url: URLS.sentencingAct2026s23,
    verified: true,
    example: 'not in force',
  },
]);

export const rule = (id: ReleaseRule['id']): ReleaseRule => RELEASE_RULES.find((r) => r.id === id)!;

/** Offences whose maximum is life (for s.244ZA): rape and assault by penetration, including of a child under 13. */
const LIFE_MAXIMUM = /\brape\b|assault (of a child under 13 )?by penetration|penetrat/i;

/** Offences whose maximum is less than life (SOA 2003 ss.3, 7, 9-15A, 16-19, 66-67; PCA 1978 s.1; CJA 1988 s.160; CJIA 2008 s.63). */
const NOT_LIFE_MAXIMUM = /\bsexual(ly)? assault|\bexposure\b|voyeurism|upskirt|indecent (photograph|pseudo|image|film|video)|grooming|sexual communication|abuse of (a )?position of trust|extreme porn|sexual activity with a (child|girl|boy)|sexual activity in (the )?presence|child to watch/i;

export type SentenceKind = 'sds' | 'extended' | 'sopc' | 'dto' | 'indeterminate' | 'unknown';

/** The kind of custodial sentence from its wording; "unknown" rather than a guess. */
export function sentenceKind(wording: string, length: Length | undefined): SentenceKind {
  if (length?.kind === 'indeterminate' || /\blife\b|\bipp\b|public protection|indeterminate/i.test(wording)) return 'indeterminate';
  if (/\bdto\b|detention and training/i.test(wording)) return 'dto';
  if (/\beds\b|extended (determinate )?sentence/i.test(wording)) return 'extended';
  if (/\bsopc\b|particular concern|\bs\.?\s?278\b/i.test(wording)) return 'sopc';
  if (/\bsds\b|standard determinate|std determinate|determinate|imprisonment|custody|custodial|\byoi\b/i.test(wording)) return 'sds';
  return 'unknown';
}

/** The day the fraction of a term from `start` is served (days rounded up: release cannot come early). */
export function pointOf(start: string, end: string, fraction: number): string {
  const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
  return addCalendarDays(start, Math.ceil(days * fraction));
}

/**
 * Which automatic release fraction applies to a standard determinate sentence: half, or
 * two-thirds under s.244ZA. Undefined when it cannot be told from the offences named.
 */
export function sdsFraction(offences: string[], length: Length, sentenced: string): { rule: ReleaseRule; why: string } | undefined {
  if (length.kind !== 'fixed') return undefined;
  const years = termMonths(length.duration) / 12;
  const threshold = sentenced >= '2022-06-28' ? 4 : 7;
  if (years < 4) return { rule: rule('sds-half'), why: 'under 4 years: s.244ZA cannot apply' };
  const life = offences.some((o) => LIFE_MAXIMUM.test(o));
  if (life && years >= threshold) return { rule: rule('sds-two-thirds'), why: `an offence with a maximum of life and ${threshold} years or more` };
  if (life) return { rule: rule('sds-half'), why: `an offence with a maximum of life, but under ${threshold} years before 28 June 2022` };
  // s.244ZA turns on the offence's maximum: half only when every offence is known not to carry life.
  if (offences.length > 0 && offences.every((o) => NOT_LIFE_MAXIMUM.test(o) && !/penetrat/i.test(o)))
    return { rule: rule('sds-half'), why: 'no offence with a maximum of life' };
  return undefined;
}
