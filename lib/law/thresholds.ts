import type { Threshold } from './schedule3';

/** What a Schedule 3 threshold can look at. Anything left out is unknown, never assumed. */
export interface ThresholdFacts {
  /** Age at the time of the offence (Sch.3 para 95(b)). */
  offenderAge?: number;
  /** Used when only a bound on the age is known (e.g. under 18 at conviction, so at the offence). */
  offenderUnder18?: boolean;
  victimAge?: number;
  victimUnder18?: boolean;
  victimUnder16?: boolean;
  imagesUnder16?: boolean;
  purposeSexualGratification?: boolean;
  /**
   * The disposal as the Schedule counts it. `months` is the term of imprisonment that counts
   * (for a DTO, the period of detention, half the term: SOA 2003 s.131, Sentencing Code s.241(2); so a 12-month DTO does not meet a 12-month threshold and only a 24-month one does; Infinity for life or IPP).
   * A caution is no sentence: every sentence test is false for it.
   */
  disposal?: { kind: 'caution' | 'imprisonment' | 'hospital' | 'hospital-restricted' | 'community' | 'other'; months?: number };
}

export const MISSING = {
  offenderAge: 'Age at the time of the offence (date of birth and offence date)',
  victimAge: "Victim's age at the time of the offence (under 18?)",
  victimAge16: "Victim's age at the time of the offence (under 16?)",
  imagesUnder16: 'Age of the children shown in the images when taken (under 16?)',
  purpose: 'Whether the offence was committed for sexual gratification',
  disposal: 'Sentence or disposal',
  length: 'Sentence length',
} as const;

export interface ThresholdResult {
  value: boolean | undefined;
  missing: string[];
}

const yes: ThresholdResult = { value: true, missing: [] };
const no: ThresholdResult = { value: false, missing: [] };
const unknown = (m: string): ThresholdResult => ({ value: undefined, missing: [m] });
const bool = (v: boolean | undefined, m: string): ThresholdResult => (v === undefined ? unknown(m) : v ? yes : no);

function offenderAtLeast(f: ThresholdFacts, age: number): boolean | undefined {
  if (f.offenderAge !== undefined) return f.offenderAge >= age;
  if (age === 18 && f.offenderUnder18 !== undefined) return !f.offenderUnder18;
  return undefined;
}

function victimUnder(f: ThresholdFacts, age: 16 | 18): boolean | undefined {
  if (f.victimAge !== undefined) return f.victimAge < age;
  if (age === 18) return f.victimUnder18 ?? (f.victimUnder16 === true ? true : undefined);
  return f.victimUnder16 ?? (f.victimUnder18 === false ? false : undefined);
}

function sentence(f: ThresholdFacts, test: (d: NonNullable<ThresholdFacts['disposal']>) => boolean | undefined): ThresholdResult {
  if (!f.disposal) return unknown(MISSING.disposal);
  if (f.disposal.kind === 'caution') return no; // a caution is not a sentence
  return bool(test(f.disposal), MISSING.length);
}

/**
 * Three-valued: `all` is false as soon as one part is false, `any` is true as soon as one is;
 * otherwise unknown, naming the facts that would decide it.
 */
export function meetsThreshold(t: Threshold | undefined, f: ThresholdFacts): ThresholdResult {
  if (t === undefined) return yes;
  if ('all' in t || 'any' in t) {
    const parts = ('all' in t ? t.all : t.any).map((p) => meetsThreshold(p, f));
    const decisive = 'all' in t ? false : true;
    if (parts.some((p) => p.value === decisive)) return decisive ? yes : no;
    if (parts.every((p) => p.value === !decisive)) return decisive ? no : yes;
    return { value: undefined, missing: [...new Set(parts.filter((p) => p.value === undefined).flatMap((p) => p.missing))] };
  }
  if ('offenderAgeAtLeast' in t) return bool(offenderAtLeast(f, t.offenderAgeAtLeast), MISSING.offenderAge);
  if ('offenderAgeUnder' in t) {
    const atLeast = offenderAtLeast(f, t.offenderAgeUnder);
    return bool(atLeast === undefined ? undefined : !atLeast, MISSING.offenderAge);
  }
  if ('victimUnder' in t) return bool(victimUnder(f, t.victimUnder), t.victimUnder === 16 ? MISSING.victimAge16 : MISSING.victimAge);
  if ('imagesUnder16' in t) return bool(f.imagesUnder16, MISSING.imagesUnder16);
  if ('purposeSexualGratification' in t) return bool(f.purposeSexualGratification, MISSING.purpose);
  if ('imprisonmentAtLeastMonths' in t)
    return sentence(f, (d) => {
      if (d.kind !== 'imprisonment') return false;
      if (t.imprisonmentAtLeastMonths === 0) return true; // "sentenced to a term of imprisonment": any term
      return d.months === undefined ? undefined : d.months >= t.imprisonmentAtLeastMonths;
    });
  if ('hospital' in t) return sentence(f, (d) => (t.hospital === 'any' ? d.kind === 'hospital' || d.kind === 'hospital-restricted' : d.kind === 'hospital-restricted'));
  return sentence(f, (d) => (d.kind !== 'community' ? false : d.months === undefined ? undefined : d.months >= t.communityAtLeastMonths));
}
