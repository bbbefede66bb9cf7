import type { CaseRecord, Offence, Source } from '../facts/case-record';
import { ageOn, formatLong, type IsoDate } from '../facts/dates';
import { FACT_NAMES } from '../facts/vocabulary';
import { WHERE_FOUND } from '../facts/summary';
import { DTO_WORDING, notificationPeriod, type Disposal, type Period } from '../law/notification';
import { describeMonths, lastDayOfPeriod, under18Across } from '../law/periods';
import { SCHEDULE_3, type Schedule3Entry } from '../law/schedule3';
import { firstMatching } from '../facts/any-of';
import { meetsThreshold, type ThresholdFacts } from '../law/thresholds';
import { URLS } from '../law/source';
import type { Computed, Missing, Observation } from './observations';

/** Words that say an offence was against a child (under 18), and under 16 or 13. */
const UNDER_16_WORDS = /\bunder\s*(13|16)\b/i;
const CHILD_WORDS = /\bchild(ren)?\b|\bunder\s*(13|16|18)\b|\bgirl under\b|\bboy under\b|\bminor\b/i;

/**
 * The Schedule 3 entry an offence's wording names, each wording looked up once: four
 * observations ask it of every offence on a page (the two notification rules, and MAPPA twice),
 * and a page can list a thousand offences. The Schedule is data fixed at build time.
 */
export function entryFor(text: string): Schedule3Entry | undefined {
  let found = entries.get(text);
  if (found === undefined) {
    if (entries.size >= 5000) entries.clear();
    found = schedule3EntryIn(text) ?? null;
    entries.set(text, found);
  }
  return found ?? undefined;
}
const entries = new Map<string, Schedule3Entry | null>();
/** As schedule3EntryFor; on a page of many offences, one union test first turns away those in no entry. */
const schedule3EntryIn = firstMatching(SCHEDULE_3.map((e) => [e, e.patterns.map((p) => new RegExp(p, 'i'))]));

const miss = (name: string, where?: string): Missing => (where ? { name, where } : { name });

/** The disposal as SOA 2003 Part 2 counts it, for a conviction or a caution. */
export function disposalFor(record: CaseRecord, outcome: 'conviction' | 'caution'): Disposal | undefined {
  if (outcome === 'caution') return { kind: 'caution' };
  const d = record.disposal;
  if (!d) return undefined;
  const length = d.length?.value;
  switch (d.type.value) {
    case 'custody':
    case 'suspended-sentence':
      return { kind: 'imprisonment', length, dto: DTO_WORDING.test(d.type.source.raw) };
    case 'hospital-order':
      return { kind: 'hospital' };
    case 'hospital-order-restricted':
      return { kind: 'hospital-restricted' };
    case 'community-order':
      return { kind: 'community', length };
    case 'conditional-discharge':
      return { kind: 'conditional-discharge', length };
    case 'absolute-discharge':
      return { kind: 'absolute-discharge' };
    default:
      return { kind: 'other' };
  }
}

/**
 * Whether the person was under 18 on the relevant date (s.82(2), (6)): the date of conviction or
 * caution. With only the sentence date, the conviction lay on or before it (and after the
 * offence, when known): an answer is given only when it is the same across that window.
 */
export function under18OnRelevantDate(record: CaseRecord, o: Offence): boolean | undefined {
  const dob = record.dateOfBirth?.value;
  if (!dob) return undefined;
  if (o.convictionDate) return ageOn(dob, o.convictionDate.value) < 18;
  const sentenced = o.outcome?.value === 'conviction' ? record.disposal?.sentenceDate?.value : undefined;
  if (!sentenced) return undefined;
  return under18Across(dob, o.date?.value, sentenced);
}

function thresholdFacts(record: CaseRecord, o: Offence, disposal: Disposal | undefined): ThresholdFacts {
  const f: ThresholdFacts = {};
  const dob = record.dateOfBirth?.value;
  if (dob && o.date) f.offenderAge = ageOn(dob, o.date.value);
  else if (dob && o.convictionDate && ageOn(dob, o.convictionDate.value) < 18) f.offenderUnder18 = true;
  if (o.victimAge) f.victimAge = o.victimAge.value;
  if (o.victimUnder18) f.victimUnder18 = o.victimUnder18.value;
  if (o.victimUnder16) f.victimUnder16 = o.victimUnder16.value;
  const text = o.description.value;
  const images = /indecent (photograph|pseudo|image|film|video)/i.test(text);
  // The offence wording may itself say the victim was a child; "child" in an images offence
  // means under 18 (PCA 1978 s.7), which does not settle the under-16 test.
  if (!images && f.victimUnder16 === undefined && UNDER_16_WORDS.test(text)) f.victimUnder16 = true;
  if (!images && f.victimUnder18 === undefined && CHILD_WORDS.test(text)) f.victimUnder18 = true;
  if (o.imagesUnder16) f.imagesUnder16 = o.imagesUnder16.value;
  if (o.sexualGratification) f.purposeSexualGratification = o.sexualGratification.value;
  if (disposal) {
    if (disposal.kind === 'caution') f.disposal = { kind: 'caution' };
    else if (disposal.kind === 'imprisonment') {
      const len = disposal.length;
      const months = !len ? undefined : len.kind === 'indeterminate' ? Infinity : (len.duration.years * 12 + len.duration.months + (len.duration.weeks * 7 + len.duration.days) / 30.4375) / (disposal.dto ? 2 : 1);
      f.disposal = { kind: 'imprisonment', ...(months !== undefined ? { months } : {}) };
    } else if (disposal.kind === 'community') {
      const len = disposal.length;
      f.disposal = { kind: 'community', ...(len?.kind === 'fixed' ? { months: len.duration.years * 12 + len.duration.months + (len.duration.weeks * 7 + len.duration.days) / 30.4375 } : {}) };
    } else if (disposal.kind === 'hospital' || disposal.kind === 'hospital-restricted') f.disposal = { kind: disposal.kind };
    else f.disposal = { kind: 'other' };
  }
  return f;
}

const sourcesOf = (o: Offence): Source[] =>
  [o.description.source, o.date?.source, o.outcome?.source, o.convictionDate?.source, o.victimAge?.source, o.victimUnder18?.source, o.imagesUnder16?.source].filter((s): s is Source => Boolean(s));

interface OffenceAnswer {
  offence: Offence;
  entry?: Schedule3Entry;
  value: boolean | undefined;
  missing: Missing[];
  detail: string[];
  period?: Period;
  under18?: boolean;
}

/**
 * The threshold as the card says it, with its paragraph where it was read in the legislation;
 * an entry not yet checked against the text says so, so nobody relies on it unawares.
 */
export function thresholdLine(entry: Schedule3Entry): string {
  const where = entry.paragraph ? `Schedule 3 para ${entry.paragraph}` : 'Schedule 3';
  if (entry.verified) return `${where} threshold: ${entry.thresholdWords}`;
  return `${where} threshold (not yet checked against the current text of the Schedule: confirm it there before relying on it): ${entry.thresholdWords}`;
}

function answerFor(record: CaseRecord, o: Offence, outcome: 'conviction' | 'caution'): OffenceAnswer {
  const text = o.description.value;
  const entry = entryFor(text);
  if (!entry && o.sexual)
    // Recognised as sexual only by its Home Office code: the code never decides Schedule 3.
    return {
      offence: o,
      value: undefined,
      missing: [miss('The offence in law (Act and section)', 'the charge sheet or court outcome')],
      detail: [`"${text}": a Home Office offence code alone does not say which offence it is, so it cannot place it in SOA 2003 Schedule 3.`],
    };
  if (!entry) return { offence: o, value: false, missing: [], detail: [`"${text}" is not an offence listed in SOA 2003 Schedule 3.`] };
  const disposal = disposalFor(record, outcome);
  const detail = [`"${text}": ${entry.statute}. ${thresholdLine(entry)}`];
  if (disposal?.kind === 'absolute-discharge') {
    const p = notificationPeriod(disposal, undefined);
    return { offence: o, entry, value: false, missing: [], detail: [...detail, `No notification: ${p.why}.`], period: p };
  }
  // s.130(2): an offence added to Schedule 3 does not reach convictions or cautions before it was added.
  const when = o.convictionDate?.value ?? (outcome === 'conviction' ? record.disposal?.sentenceDate?.value : undefined);
  if (entry.addedOn && when && when < entry.addedOn)
    return { offence: o, entry, value: false, missing: [], detail: [...detail, `Added to Schedule 3 on ${formatLong(entry.addedOn)}: it does not reach a ${outcome} on ${formatLong(when)} (SOA 2003 s.130(2)).`] };
  const facts = thresholdFacts(record, o, disposal);
  const met = meetsThreshold(entry.threshold, facts);
  const missing = met.missing.map((m) => miss(m, m.startsWith('Sentence') ? WHERE_FOUND.sentenceType : m.startsWith('Age at') ? 'personal details and the offence record' : 'the offence record or pre-sentence report'));
  if (met.value === false) return { offence: o, entry, value: false, missing: [], detail: [...detail, 'The threshold is not met on the facts on this page.'] };
  const under18 = under18OnRelevantDate(record, o);
  const period = disposal ? notificationPeriod(disposal, under18) : undefined;
  return { offence: o, entry, value: met.value, missing, detail, period, under18 };
}

/** Notification for the sexual convictions (or cautions) on the page: the first notifiable one decides. */
export function notificationObservation(record: CaseRecord, outcome: 'conviction' | 'caution'): Observation {
  const candidates = record.offences.filter((o) => o.sexual || entryFor(o.description.value));
  if (record.offences.length === 0) return { value: undefined, saw: 'no offences on the page', used: [], missing: [miss(FACT_NAMES.offence, WHERE_FOUND.offence)] };
  const withOutcome = candidates.filter((o) => o.outcome?.value === outcome);
  const noOutcome = candidates.filter((o) => !o.outcome);
  if (withOutcome.length === 0) {
    if (noOutcome.length > 0) return { value: undefined, saw: `cannot tell whether there is a ${outcome}`, used: noOutcome.flatMap(sourcesOf), missing: [miss(FACT_NAMES.offenceOutcome, WHERE_FOUND.offenceOutcome)] };
    return { value: false, saw: `no ${outcome} for a sexual offence on this page`, used: [], missing: [] };
  }
  const answers = withOutcome.map((o) => answerFor(record, o, outcome));
  const hit = answers.find((a) => a.value === true) ?? answers.find((a) => a.value === undefined);
  if (!hit) {
    const first = answers[0]!;
    return { value: false, saw: `no notifiable ${outcome}: ${first.detail.at(-1)}`, used: answers.flatMap((a) => sourcesOf(a.offence)), missing: [], detail: answers.flatMap((a) => a.detail) };
  }
  const used = [...sourcesOf(hit.offence), ...(record.disposal && outcome === 'conviction' ? [record.disposal.type.source] : []), ...(record.dateOfBirth ? [record.dateOfBirth.source] : [])];
  const { computed, missing, detail } = describePeriod(record, hit);
  if (hit.value === undefined)
    return { value: undefined, saw: `cannot tell whether the Schedule 3 threshold is met for "${hit.offence.description.value}"`, used, missing: [...hit.missing, ...missing], detail: [...hit.detail, ...detail], computed };
  return { value: true, saw: `${hit.entry!.statute}: the Schedule 3 threshold is met`, used, missing, computed, detail: [...hit.detail, ...detail] };
}

function describePeriod(record: CaseRecord, a: OffenceAnswer): { computed: Record<string, Computed>; missing: Missing[]; detail: string[] } {
  const computed: Record<string, Computed> = {};
  const missing: Missing[] = [];
  const detail: string[] = [];
  const p = a.period;
  if (!p) {
    missing.push(miss(FACT_NAMES.sentenceType, WHERE_FOUND.sentenceType));
    return { computed, missing, detail };
  }
  if (p.kind === 'unknown') {
    missing.push(...p.missing.map((m) => miss(m, WHERE_FOUND.sentenceLength)));
    detail.push(`Period: ${p.why}.`);
    return { computed, missing, detail };
  }
  if (p.kind === 'none') return { computed, missing, detail };
  const relevant = a.offence.convictionDate;
  const dateName = a.offence.outcome?.value === 'caution' ? 'Date of the caution' : 'Date of conviction';
  if (p.kind === 'indefinite') {
    computed.period = { label: 'Notification period', value: `Indefinite (${p.row.description}): review possible after ${a.under18 ? 8 : 15} years (s.91A)` };
    detail.push(`Indefinite notification: the person may apply for a review 15 years (8 if under 18 at the relevant date) after first notifying following release (SOA 2003 ss.91A-91B).`);
    return { computed, missing, detail };
  }
  if (a.under18 === undefined && p.row.halvedUnder18) {
    computed.period = { label: 'Notification period', value: `${describeMonths(p.months)}, or ${describeMonths(p.months / 2)} if under 18 on the ${dateName.toLowerCase().replace('date of ', '')} (${p.row.description})` };
    missing.push(record.dateOfBirth ? miss(dateName, 'the court outcome or offence record') : miss(FACT_NAMES.dateOfBirth, WHERE_FOUND.dateOfBirth));
    return { computed, missing, detail };
  }
  computed.period = { label: 'Notification period', value: `${describeMonths(p.months)} (${p.why}${p.halved ? '; halved: under 18 on the relevant date, s.82(2)' : ''})` };
  if (relevant) {
    computed.start = { label: 'Begins with', value: formatLong(relevant.value) };
    computed.end = { label: 'Last day', value: formatLong(lastDayOfPeriod(relevant.value, p.months)) };
  } else missing.push(miss(dateName, 'the court outcome or offence record'));
  const shpo = record.orders.find((o) => o.kind === 'SHPO');
  if (shpo) detail.push('An SHPO is named on the page: notification continues for as long as the SHPO has effect, if that is longer (Sentencing Act 2020 s.352; SOA 2003 s.103G).');
  return { computed, missing, detail };
}

export const NOTIFICATION_SOURCES = [
  { label: 'Sexual Offences Act 2003 s.80 and Schedule 3 (who must notify)', url: URLS.soa2003sch3 },
  { label: 'Sexual Offences Act 2003 s.82 (notification periods)', url: URLS.soa2003s82 },
  { label: 'Sexual Offences Act 2003 s.131 (detention and training orders)', url: URLS.soa2003s131 },
  { label: 'Sexual Offences Act 2003 s.134; Sentencing Act 2020 s.82 (discharges)', url: URLS.sa2020s82 },
  { label: 'Sexual Offences Act 2003 ss.83-85, 91 (duties and the offence of failing to comply)', url: URLS.soa2003Part2 },
  { label: 'Sexual Offences Act 2003 (Notification Requirements) (England and Wales) Regulations 2012 (SI 2012/1876)', url: URLS.notificationRegs2012 },
];

export const NOTIFICATION_DUTIES = [
  'Notify the police in person within 3 days of the conviction or caution, or of release if in custody then (SOA 2003 s.83).',
  'Notify changes (name, home address, staying 7 days or more elsewhere, release from custody) within 3 days (s.84).',
  'Re-notify at least once a year (s.85).',
  'Foreign travel, weekly notification if of no fixed abode, staying 12 hours or more in a household with a child under 18, and bank, card and passport details (SI 2012/1876).',
  'Failing to comply without reasonable excuse is an offence (s.91).',
];

export type { IsoDate };
