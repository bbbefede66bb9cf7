import type { CaseEvent, CaseRecord, Disposal, Offence, Source } from '../facts/case-record';
import { addDays, ageOn, formatLong, toDate, toIso, type IsoDate } from '../facts/dates';
import { addDuration, compareWithMonths, describeDuration, type Duration } from '../facts/lengths';
import { KIND_NAMES, WHERE_FOUND } from '../facts/summary';
import { FACT_NAMES, type FactId } from '../facts/vocabulary';
import { addWorkingDays } from '../law/bank-holidays';
import { keywordsIn, type KeywordPattern } from '../law/keywords';
import { mappaObservation } from './mappa';
import { notificationObservation } from './notification';
import { RELEVANCE } from './relevance';
import { releaseObservation } from './release';

/** A fact the rule needed and the page did not give, with where it is normally found. */
export interface Missing {
  name: string;
  where?: string;
}

/** A computed value shown on a card (a due date, an end date, a release point). */
export interface Computed {
  label: string;
  value: string;
}

/**
 * What a rule's condition looks at: a value (undefined = cannot tell), what was seen in words,
 * the facts used (each with its element) and the facts missing. Observations may also compute
 * values and detail lines for the card, and raise its indicator (due soon, overdue).
 */
export interface Observation {
  value: boolean | number | string | undefined;
  saw: string;
  used: Source[];
  missing: Missing[];
  computed?: Record<string, Computed>;
  detail?: string[];
  indicator?: 'warning' | 'critical';
}

export type Observe = (record: CaseRecord, today: IsoDate) => Observation;

const MEANING_WORDS: Record<KeywordPattern['means'], string> = {
  'child-contact': 'contact with children',
  relationship: 'relationship',
  address: 'accommodation',
  'new-offence': 'new offending or arrest',
  employment: 'employment',
  'rosh-change': 'change in RoSH',
  'recall-breach': 'recall or breach',
  'mappa-change': 'MAPPA level change',
};
const meaningsOf = (e: CaseEvent): Array<KeywordPattern['means']> => [...new Set(keywordsIn(`${e.title}. ${e.description}`).map((k) => k.means))];

const missing = (fact: FactId, name: string = FACT_NAMES[fact]): Missing => ({ name, where: WHERE_FOUND[fact] });
const unknown = (saw: string, ...miss: Missing[]): Observation => ({ value: undefined, saw, used: [], missing: miss });

function age(record: CaseRecord, on: IsoDate): number | undefined {
  return record.dateOfBirth ? ageOn(record.dateOfBirth.value, on) : undefined;
}

const sexual = (record: CaseRecord) => record.offences.filter((o) => o.sexual);

/** The offence in words for a card: its text and, where known, date and outcome. */
function describeOffence(o: Offence): string {
  const parts = [o.description.value];
  if (o.date) parts.push(`committed ${formatLong(o.date.value)}`);
  if (o.outcome) parts.push(o.outcome.value);
  return parts.join(', ');
}

const sourcesOf = (o: Offence) => [o.description.source, o.date?.source, o.outcome?.source].filter((s): s is Source => Boolean(s));
/** Every offence's sources, in order: `offences.flatMap(sourcesOf)` without two arrays an offence (a page can list a thousand). */
function allSourcesOf(offences: Offence[]): Source[] {
  const out: Source[] = [];
  for (const o of offences) {
    if (o.description.source) out.push(o.description.source);
    if (o.date?.source) out.push(o.date.source);
    if (o.outcome?.source) out.push(o.outcome.source);
  }
  return out;
}

/**
 * Three-valued "is there a sexual offence such that…": true if one surely is, false if none
 * can be, otherwise unknown, naming what is missing for the offences still open.
 */
function anyOffence(
  record: CaseRecord,
  test: (o: Offence) => boolean | undefined,
  what: string,
  needs: (o: Offence) => Missing[],
): Observation {
  const offences = sexual(record);
  if (record.offences.length === 0) return unknown('no offences on the page', missing('offence'));
  const results = offences.map((o) => ({ o, ok: test(o) }));
  const hit = results.find((r) => r.ok === true);
  if (hit) return { value: true, saw: describeOffence(hit.o), used: sourcesOf(hit.o), missing: [] };
  const open = results.filter((r) => r.ok === undefined);
  if (open.length === 0)
    return {
      value: false,
      saw: offences.length === 0 ? 'no sexual offence among the offences on the page' : `no ${what}`,
      used: allSourcesOf(record.offences),
      missing: [],
    };
  const miss = new Map(open.flatMap((r) => needs(r.o)).map((m) => [m.name, m]));
  return { value: undefined, saw: `cannot tell whether there is ${what}`, used: open.flatMap((r) => sourcesOf(r.o)), missing: [...miss.values()] };
}

const needsOutcome = (o: Offence): Missing[] => (o.outcome ? [] : [missing('offenceOutcome')]);

/**
 * A polygraph condition is lawful only for a person serving life or a fixed term of 12 months or
 * more for a relevant sexual offence (CJA 2003 Sch.15 Part 2; since 2022 also certain domestic
 * abuse and terrorist offences) and not under 18 on the day of release (OMA 2007 s.28).
 */
function polygraphProblems(record: CaseRecord): string[] {
  const poly = record.licenceConditions.filter((c) => c.kind === 'additional' && (c.category === 'polygraph' || c.themes.includes('polygraph')));
  if (poly.length === 0) return [];
  const problems: string[] = [];
  const d = record.disposal;
  const len = d?.length?.value;
  if (len?.kind === 'fixed' && d?.sentenceDate && compareWithMonths(len.duration, 12, d.sentenceDate.value) < 0)
    problems.push('Polygraph condition: the sentence is under 12 months; OMA 2007 s.28 allows it only for life or 12 months or more.');
  const release = d?.releaseDate?.value;
  if (release && record.dateOfBirth && ageOn(record.dateOfBirth.value, release) < 18)
    problems.push('Polygraph condition: under 18 on the day of release; OMA 2007 s.28 does not allow it.');
  if (!sexual(record).length)
    problems.push('Polygraph condition: no sexual offence recognised on this page; OMA 2007 s.28 needs a relevant sexual offence (Sch.15 Part 2), or a domestic abuse or terrorist offence it lists.');
  if (!len || !release || !record.dateOfBirth) problems.push('Polygraph condition: check the sentence is 12 months or more and the person was 18 or over at release (OMA 2007 s.28).');
  return problems;
}

/** Wordings that say an order named on the page is not (or no longer) in force. */
const NOT_IN_FORCE = /\b(considered|consider|application (made|pending|refused)|applied for|refused|declined|not (made|imposed|granted)|expired|ended|discharged|revoked|quashed|lapsed)\b/i;

/** The community order in force: the disposal when it is one, else a current community order among the sentences. */
function currentCommunityOrder(record: CaseRecord): (Pick<Disposal, 'type' | 'length' | 'sentenceDate' | 'requirements'>) | undefined {
  if (record.disposal?.type.value === 'community-order') return record.disposal;
  const event = (record.sentences ?? []).find((s) => s.status === 'current' && s.type?.value === 'community-order');
  if (!event?.type) return undefined;
  const order: Pick<Disposal, 'type' | 'length' | 'sentenceDate' | 'requirements'> = { type: event.type };
  if (event.length) order.length = event.length;
  if (event.sentenceDate) order.sentenceDate = event.sentenceDate;
  if (event.requirements) order.requirements = event.requirements;
  return order;
}

export const OBSERVATIONS = {
  isMale: (record) =>
    record.sex
      ? { value: record.sex.value === 'male', saw: record.sex.value === 'male' ? 'male' : 'female', used: [record.sex.source], missing: [] }
      : unknown('sex not known', missing('sex')),

  ageToday: (record, today) => {
    const years = age(record, today);
    return years === undefined
      ? unknown('date of birth not known', missing('dateOfBirth'))
      : { value: years, saw: `${years} years old today (born ${formatLong(record.dateOfBirth!.value)})`, used: [record.dateOfBirth!.source], missing: [] };
  },

  /** RM2000: at least one conviction for a sexual offence committed when aged 16 or over (Thornton 2007). */
  sexualConvictionAt16: (record) => {
    const ageAt = (o: Offence) => (o.date && record.dateOfBirth ? ageOn(record.dateOfBirth.value, o.date.value) : undefined);
    const obs = anyOffence(
      record,
      (o) => {
        const at = ageAt(o);
        if (o.outcome?.value === 'caution' || (at !== undefined && at < 16)) return false;
        return o.outcome?.value === 'conviction' && at !== undefined ? true : undefined;
      },
      'conviction for a sexual offence committed at 16 or over',
      (o) => [
        ...needsOutcome(o),
        ...(record.dateOfBirth ? [] : [missing('dateOfBirth')]),
        ...(o.date ? [] : [missing('offenceDate')]),
      ],
    );
    if (obs.value === true) {
      const hit = sexual(record).find((o) => o.outcome?.value === 'conviction' && (ageAt(o) ?? 0) >= 16)!;
      obs.saw = `${obs.saw} (aged ${ageAt(hit)} at the offence)`;
      obs.used.push(record.dateOfBirth!.source);
    }
    return obs;
  },

  /** ARMS (current position): adult males convicted or cautioned for a sexual offence. */
  sexualConvictionOrCaution: (record) =>
    anyOffence(record, (o) => (o.outcome ? true : undefined), 'conviction or caution for a sexual offence', needsOutcome),

  sexualConviction: (record) =>
    anyOffence(record, (o) => (o.outcome ? o.outcome.value === 'conviction' : undefined), 'conviction for a sexual offence', needsOutcome),

  sexualCaution: (record) =>
    anyOffence(record, (o) => (o.outcome ? o.outcome.value === 'caution' : undefined), 'caution for a sexual offence', needsOutcome),

  disposalType: (record) =>
    record.disposal
      ? { value: record.disposal.type.value, saw: record.disposal.type.source.raw, used: [record.disposal.type.source], missing: [] }
      : unknown('no sentence or order on the page', missing('sentenceType')),

  /**
   * OASys completion: 15 working days from the start of a community sentence or from release
   * (National Standards 2007; the leaflet says 15 days), counted with England and Wales bank
   * holidays (lib/law/bank-holidays.ts). In custody before release the timescale is set by prison
   * policy, which this does not know: cannot tell.
   */
  oasysDue: (record, today) => {
    const d = record.disposal;
    if (!d) return unknown('no sentence or order on the page', missing('sentenceType'));
    const type = d.type.value;
    const community = type === 'community-order' || type === 'suspended-sentence';
    const released = d.releaseDate && d.releaseDate.value <= today ? d.releaseDate : undefined;
    if (!community && type !== 'custody') return { value: false, saw: `${d.type.source.raw}: no community supervision or release to count from`, used: [d.type.source], missing: [] };
    if (type === 'custody' && !released)
      return unknown(
        d.releaseDate ? `in custody until ${formatLong(d.releaseDate.value)}` : 'in custody, or release date not on the page',
        { name: 'The OASys timescale in custody (set by prison policy), or the release date', where: WHERE_FOUND.releaseDate ?? 'the sentence details' },
      );
    const start = released ?? d.sentenceDate;
    if (!start) return unknown('no sentence date', missing('sentenceDate'));
    const startName = released ? 'release' : 'sentence';
    const due = addWorkingDays(start.value, 15);
    if (!due) return unknown(`the ${startName} date is outside the years the bank holiday table covers (2018-2028)`, { name: 'Working days beyond 2028 (bank holidays not yet in the table)' });
    const highRisk = record.rosh && (record.rosh.value === 'high' || record.rosh.value === 'very high');
    const goodPractice = highRisk ? addWorkingDays(start.value, 5) : undefined;
    const used = [start.source, ...(highRisk ? [record.rosh!.source] : [])];
    const computed: Record<string, Computed> = {
      start: { label: `Date of ${startName}`, value: formatLong(start.value) },
      due: { label: 'Due by (15 working days)', value: formatLong(due) },
    };
    if (goodPractice) computed.goodPractice = { label: 'Leaflet good practice for high risk (5 working days)', value: formatLong(goodPractice) };
    if (!record.lastOasys) {
      return { value: undefined, saw: `an OASys is due by ${formatLong(due)} if not yet completed`, used, missing: [missing('lastOasys')], computed };
    }
    used.push(record.lastOasys.source);
    const done = record.lastOasys.value >= start.value;
    const soon = toIso(addDays(toDate(today), 5));
    const indicator = !done && due <= soon ? 'warning' : undefined;
    const overdue = !done && due < today;
    return {
      value: !done,
      saw: done
        ? `OASys completed ${formatLong(record.lastOasys.value)}, after the ${startName} on ${formatLong(start.value)}`
        : `last OASys ${formatLong(record.lastOasys.value)} is before the ${startName} on ${formatLong(start.value)}${overdue ? ': overdue' : ''}`,
      used,
      missing: [],
      computed,
      indicator,
    };
  },

  /** Events after the last completed OASys that are significant changes (leaflet; OASys "Significant Change" purpose). */
  eventsSinceOasys: (record) => {
    // What an event means comes from the keyword data (word boundaries, negation), not from a bare
    // substring: "not in a relationship" or "no further offending" is no change.
    const significant = record.events.filter((e) => meaningsOf(e).length > 0);
    if (!record.lastOasys) {
      return significant.length
        ? unknown(`${significant.length} significant event${significant.length === 1 ? '' : 's'}, but no OASys date to compare`, missing('lastOasys'))
        : unknown('no OASys date', missing('lastOasys'));
    }
    const last = record.lastOasys.value;
    // A sentence or order passed after the last OASys is new offending: the assessment predates it.
    const newSentences = (record.sentences ?? []).filter((s) => s.status !== 'ended' && s.sentenceDate && s.sentenceDate.value > last);
    if (newSentences.length > 0)
      return {
        value: true,
        saw: `${newSentences.length} sentence${newSentences.length === 1 ? '' : 's'} or order${newSentences.length === 1 ? '' : 's'} passed after the last OASys on ${formatLong(last)}`,
        used: [record.lastOasys.source, ...newSentences.map((s) => s.sentenceDate!.source)],
        missing: [],
        detail: newSentences.map((s) => `${s.title ?? s.type?.source.raw ?? 'A sentence or order'}: from ${formatLong(s.sentenceDate!.value)}`),
      };
    const after = significant.filter((e) => e.date && e.date > last);
    const undated = significant.filter((e) => !e.date);
    const describe = (e: CaseEvent) => `${e.title}${e.date ? ` (${formatLong(e.date)})` : ''}: ${e.description} [${meaningsOf(e).map((m) => MEANING_WORDS[m]).join(', ')}]`;
    if (after.length > 0)
      return {
        value: true,
        saw: `${after.length} event${after.length === 1 ? '' : 's'} after the last OASys on ${formatLong(last)}`,
        used: [record.lastOasys.source, ...after.map((e) => e.source)],
        missing: [],
        detail: after.map(describe),
      };
    if (undated.length > 0)
      return {
        value: undefined,
        saw: `${undated.length} undated mention${undated.length === 1 ? '' : 's'} of a significant event`,
        used: [record.lastOasys.source, ...undated.map((e) => e.source)],
        missing: [{ name: 'Date of the event', where: 'the case notes or contact log' }],
        detail: undated.map(describe),
      };
    return { value: false, saw: `no significant event after the last OASys on ${formatLong(last)}`, used: [record.lastOasys.source], missing: [] };
  },

  /**
   * Additional licence conditions whose link to the offending is not apparent, usually relevant
   * themes that are absent, and polygraph conditions outside Offender Management Act 2007 s.28.
   * No additional conditions read from the page is "cannot tell", never "none".
   */
  conditionsToReview: (record) => {
    const kinds = [...new Set(sexual(record).flatMap((o) => (o.kind ? [o.kind] : [])))];
    if (kinds.length === 0) return unknown('the kind of offending is not known', missing('offence'));
    const additional = record.licenceConditions.filter((c) => c.kind === 'additional');
    if (additional.length === 0) return unknown('no additional licence conditions found on this page', missing('additionalConditions'));
    const related = new Set(kinds.flatMap((k) => RELEVANCE[k].related));
    const unlinked = additional.filter(
      (c) => !c.category || (!RELEVANCE.alwaysLinked.includes(c.category) && !c.themes.some((t) => related.has(t))),
    );
    const present = new Set(additional.flatMap((c) => c.themes));
    const absent = [...new Set(kinds.flatMap((k) => RELEVANCE[k].expected))].filter((t) => !present.has(t));
    const polygraph = polygraphProblems(record);
    const detail = [
      ...unlinked.map((c) => `Check: "${c.text}" (${c.category ?? 'category not recognised'}): its link to the offending is not apparent from this page. Necessity comes from the risk assessment, not the offence label alone.`),
      ...absent.map((t) => `Consider: no condition on ${t}, usually relevant to this offending.`),
      ...polygraph,
    ];
    return {
      value: unlinked.length > 0 || absent.length > 0 || polygraph.length > 0,
      saw: `${additional.length} additional condition${additional.length === 1 ? '' : 's'}; offending: ${kinds.map((k) => KIND_NAMES[k]).join(', ')}`,
      used: [...sexual(record).map((o) => o.description.source), ...additional.map((c) => c.source)],
      missing: [],
      detail,
    };
  },

  /** Current release law (lib/law/release.ts); a release date on the page leads. */
  releasePoint: (record) => releaseObservation(record),

  /**
   * Whether the person is on a community order now: the current disposal, or any current order
   * among several (a community order beside a licence is common). Ended orders are history.
   */
  onCommunityOrder: (record) => {
    const order = currentCommunityOrder(record);
    if (order) return { value: true, saw: order.type.source.raw, used: [order.type.source], missing: [] };
    if (!record.disposal && !(record.sentences ?? []).some((s) => s.type)) return unknown('no sentence or order on the page', missing('sentenceType'));
    const d = record.disposal;
    return { value: false, saw: d ? d.type.source.raw : 'no current community order', used: d ? [d.type.source] : [], missing: [] };
  },

  /** Community order end, legal maximum (3 years, Sentencing Code s.209) and room for a programme (2 years, practice). */
  communityOrder: (record, today) => {
    const d = currentCommunityOrder(record);
    if (!d?.length || !d.sentenceDate || d.length.value.kind !== 'fixed')
      return unknown('order length or date not known', ...(!d?.length ? [missing('sentenceLength')] : []), ...(!d?.sentenceDate ? [missing('sentenceDate')] : []));
    const duration: Duration = d.length.value.duration;
    // The order's last day, one convention with every period the cards show (lib/law/periods.ts).
    const end = toIso(addDays(toDate(addDuration(d.sentenceDate.value, duration)), -1));
    const overMax = compareWithMonths(duration, 36, d.sentenceDate.value) > 0;
    const underTwo = compareWithMonths(duration, 24, d.sentenceDate.value) < 0;
    const programme = d.requirements?.value.some((r) => /programme|horizon|kaizen|i-?sotp|\bsotp\b|building choices|accredited/i.test(r));
    const detail: string[] = [];
    if (overMax) detail.push('The order is longer than the 3-year legal maximum (Sentencing Code s.209): check the order.');
    if (underTwo) detail.push('Shorter than 2 years: a sexual offending programme may not fit in the order. Check with the programme team.');
    if (programme === false) detail.push('No programme requirement found among the requirements.');
    return {
      value: true,
      saw: `${describeDuration(duration)} from ${formatLong(d.sentenceDate.value)}`,
      used: [d.length.source, d.sentenceDate.source, ...(d.requirements ? [d.requirements.source] : [])],
      missing: d.requirements ? [] : [missing('requirements')],
      computed: {
        end: { label: 'Last day of the order', value: formatLong(end) },
        left: { label: 'Time left', value: end <= today ? 'ended' : `${Math.round((toDate(end).getTime() - toDate(today).getTime()) / 86_400_000)} days` },
      },
      detail,
      indicator: overMax ? 'warning' : undefined,
    };
  },

  /** SOA 2003 Part 2 after a caution: Schedule 3 entry and threshold (a caution is no sentence), then s.82. */
  cautionNotification: (record) => notificationObservation(record, 'caution'),

  /** MAPPA category from the facts (CJA 2003 ss.325, 327). */
  mappaCategory: (record, today) => mappaObservation(record, today),

  /** SOA 2003 Part 2 after a conviction: Schedule 3 entry and threshold, then the s.82 table. */
  convictionNotification: (record) => notificationObservation(record, 'conviction'),

  /**
   * Civil orders named on the page, and whether each is in force: an order only considered,
   * applied for, refused, not made, discharged or expired is not (the card must not treat it as
   * one). SOPOs were replaced by SHPOs on 8 March 2015.
   */
  orders: (record) => {
    if (record.orders.length === 0) return unknown('no SHPO, SOPO or SRO named on the page', missing('orders'));
    const inForce = record.orders.filter((o) => !NOT_IN_FORCE.test(o.text));
    const notInForce = record.orders.filter((o) => NOT_IN_FORCE.test(o.text));
    const detail = [
      ...inForce.map((o) =>
        o.kind === 'SOPO'
          ? `SOPO: "${o.text}". SOPOs were replaced by SHPOs on 8 March 2015; an existing SOPO continues until it ends or is varied.`
          : `${o.kind}: "${o.text}"`,
      ),
      ...notInForce.map((o) => `${o.kind} named but not in force: "${o.text}".`),
    ];
    return {
      value: inForce.length > 0,
      saw: inForce.length > 0 ? inForce.map((o) => o.kind).join(', ') : `only orders not in force: ${notInForce.map((o) => o.kind).join(', ')}`,
      used: record.orders.map((o) => o.source),
      missing: [],
      detail,
    };
  },

  /**
   * Prompts from the page that call for the leaflet's safeguarding steps: contact with, or a
   * household with, children. Matched by the keyword data (whole words, negation-aware), so
   * "Discussed his time in prison" or "no concerns about contact with children" raise nothing.
   */
  safeguardingPrompt: (record) => {
    const childOffending = sexual(record).some((o) => o.kind === 'contact-child' || o.kind === 'images-internet');
    const prompts = record.events.filter((e) => keywordsIn(`${e.title}. ${e.description}`, 'child-contact').length > 0);
    if (prompts.length === 0) return { value: false, saw: 'nothing on this page about contact with children', used: [], missing: [] };
    const words = (e: CaseEvent) => `${e.title}${e.date ? ` (${formatLong(e.date)})` : ''}: ${e.description}`;
    return {
      value: true,
      saw: prompts.map(words).join('; '),
      used: prompts.map((e) => e.source),
      missing: [],
      detail: [...prompts.map(words), ...(childOffending ? ['The offending on this case involves children.'] : [])],
      indicator: 'critical',
    };
  },
} satisfies Record<string, Observe>;

export type ObservationName = keyof typeof OBSERVATIONS;
