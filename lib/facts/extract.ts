import type { Field } from '../reader/types';
import type { CaseEvent, CaseIdentity, CaseRecord, Disposal, Fact, LicenceCondition, Offence, Order, SentenceEvent, Source } from './case-record';
import { parseDateInText, parseUkDate, type IsoDate, type Parsed } from './dates';
import { CONVICTION_DISPOSALS, classifyDisposal, type DisposalType } from './disposals';
import { categoryNamed, classifyCondition, isStandardCondition } from './licence-conditions';
import { lengthInWording, parseLength, type Length } from './lengths';
import { anyOf } from './any-of';
import { mappingIndex, type FieldMapping } from './mappings';
import { classifyOffence } from './offences';
import {
  isEmptyState,
  parseIdentifier,
  parseMappa,
  parseMappaCategory,
  parseMappaLevel,
  parseName,
  parseOutcome,
  parseRosh,
  parseSex,
  roshRegistration,
  type WordingPattern,
} from './values';
import { FACT_NAMES, IDENTITY_VOCABULARY, VOCABULARY, factForLabel, type FactId } from './vocabulary';
import { EVENT_KIND_PATTERNS } from '../law/keywords';

export interface ExtractOptions {
  /** The site's field mappings; they win over the vocabulary. */
  mappings?: FieldMapping[];
}

function sourceOf(field: Field, raw = field.value): Source {
  const source: Source = { label: field.label, raw, locator: field.locator };
  if (field.section) source.section = field.section;
  return source;
}

/** The values of a field: its list items, or its one value. */
function valuesOf(field: Field): string[] {
  return field.items && field.items.length > 0 ? field.items : field.value ? [field.value] : [];
}

type Tagged = { field: Field; fact: FactId };

/**
 * A field as the case is built from it: its fact, if any; `merged` when a page's own fields join
 * the one order the page is about; `plain` when nothing but its place on the page can matter
 * (see `isPlain`), so the per-event passes skip it.
 */
type Item = { field: Field; fact?: FactId; merged?: boolean; plain?: boolean };

/** Readings of one fact from some fields: one believed value, or a conflict, or nothing. */
type Single = <T>(fact: FactId, parse: (raw: string) => Parsed<T>, show?: (value: T) => string, sameAs?: (value: T) => string) => Fact<T> | undefined;

/** A length as a comparable key: months and days, so equal lengths written differently agree. */
function lengthKey(length: Length): string {
  if (length.kind !== 'fixed') return `indeterminate:${length.wording.toLowerCase()}`;
  const d = length.duration;
  return `${d.years * 12 + d.months}m${d.weeks * 7 + d.days}d`;
}

function singleOver(record: CaseRecord, fields: (fact: FactId) => Field[]): Single {
  return function single<T>(
    fact: FactId,
    parse: (raw: string) => Parsed<T>,
    show: (value: T) => string = String,
    sameAs: (value: T) => string = (v) => JSON.stringify(v),
  ): Fact<T> | undefined {
    const readings: Array<Fact<T>> = [];
    for (const field of fields(fact)) {
      // "No MAPPA data found", "No release date details": the page says there is none.
      if (!field.value || isEmptyState(field.value)) continue;
      const parsed = parse(field.value);
      if (parsed.ok) readings.push({ value: parsed.value, source: sourceOf(field) });
      else record.unreadable.push({ fact, reason: parsed.reason, source: sourceOf(field) });
    }
    const distinct = new Map(readings.map((r) => [sameAs(r.value), r]));
    if (distinct.size > 1) {
      record.conflicts.push({ fact, values: readings.map((r) => ({ value: show(r.value), source: r.source })) });
      return undefined;
    }
    return readings[0];
  };
}

/** Fields by fact, indexed once (each fact is asked for several times). */
function byFact(items: Item[]): (fact: FactId) => Field[] {
  const index = new Map<FactId, Field[]>();
  for (const { field, fact } of items) if (fact) (index.get(fact) ?? index.set(fact, []).get(fact)!).push(field);
  return (fact) => index.get(fact) ?? [];
}

/** Facts of a sentence or order: read per event, so two concurrent orders are not a conflict. */
const SENTENCE_FACTS = new Set<FactId>(['sentenceType', 'sentenceLength', 'sentenceDate', 'releaseDate', 'licenceEndDate', 'requirements']);

/** The rule facts' labels, then the identity labels: one lookup per field. */
const FIELD_VOCABULARY = [...VOCABULARY, ...IDENTITY_VOCABULARY];

/** Builds the case record from fields; facts keep their field as source, unreadable ones say why. */
export function extractCase(fields: Field[], options: ExtractOptions = {}): CaseRecord {
  const record: CaseRecord = { offences: [], licenceConditions: [], events: [], orders: [], unreadable: [], conflicts: [] };
  const all: Item[] = [];
  const mapped = mappingIndex(options.mappings ?? []);
  for (const field of fields) {
    if (field.kind === 'event') {
      record.events.push(readEvent(field));
      continue;
    }
    const fact =
      mapped(field) ??
      factForLabel(field.label, field.section, FIELD_VOCABULARY) ??
      factInWording(field);
    all.push(fact ? { field, fact } : isPlain(field) ? { field, plain: true } : { field });
    findOrders(field, fact, record.orders);
  }
  const tagged = all.filter((t): t is Tagged => t.fact !== undefined);
  const of = byFact(tagged);
  const single = singleOver(record, of);

  const set = <K extends keyof CaseRecord>(key: K, value: CaseRecord[K] | undefined): void => {
    if (value !== undefined) record[key] = value;
  };
  set('dateOfBirth', single('dateOfBirth', parseUkDate));
  set('sex', single('sex', parseSex));
  set('rosh', single('rosh', (raw) => {
    const registered = roshRegistration(raw);
    return registered ? { ok: true, value: registered } : parseRosh(raw);
  }));
  set('lastOasys', single('lastOasys', parseDateInText));
  set('contactFrequency', single('contactFrequency', (raw) => ({ ok: true, value: raw.trim() })));
  set('mappaCategory', single('mappaCategory', parseMappaCategory));
  set('mappaLevel', single('mappaLevel', parseMappaLevel));
  const mappa = single('mappa', parseMappa, (v) => JSON.stringify(v));
  if (mappa?.value.category && !record.mappaCategory) record.mappaCategory = { value: mappa.value.category, source: mappa.source };
  if (mappa?.value.level && !record.mappaLevel) record.mappaLevel = { value: mappa.value.level, source: mappa.source };
  const identity: CaseIdentity = {};
  for (const [key, fact, parse] of [
    ['name', 'name', parseName],
    ['crn', 'crn', parseIdentifier],
    ['pncNumber', 'pncNumber', parseIdentifier],
    ['prisonNumber', 'prisonNumber', parseIdentifier],
  ] as const) {
    const value = single<string>(fact, parse);
    if (value) identity[key] = value;
  }
  if (Object.keys(identity).length > 0) record.identity = identity;

  const sentences = readSentences(all, record);
  if (sentences.length > 0) record.sentences = sentences.map(({ key: _key, ...s }) => s); // eslint-disable-line @typescript-eslint/no-unused-vars
  record.disposal = primaryDisposal(sentences);
  record.offences = sentences.flatMap((s) => s.offences).sort((a, b) => a.description.source.locator.index - b.description.source.locator.index);
  inferOutcomes(record, sentences);
  for (const field of of('caseNotes')) record.events.push(...eventsInNotes(field));
  record.licenceConditions = [...conditions(of('standardConditions'), 'standard'), ...sentences.flatMap((s) => s.licenceConditions)];
  return record;
}

/**
 * Facts a field holds by its wording rather than its label: a RoSH registration ("Low RoSH"),
 * printed licence prose ("Your licence expires on …"), a titled offence ("… Contrary to section
 * 1(1) of the Theft Act 1968"), an nDelius offence as a row label ("Merchant Shipping Acts - 15000").
 */
function factInWording(field: Field): FactId | undefined {
  if (roshRegistration(field.value) && !/inactive|removed|previous|ended|deregistered/i.test(field.section ?? '')) return 'rosh';
  // Most fields are none of these: one test of the label and one of the value turn them away.
  if (!WORDING_LABELS.test(field.label) && !TITLED_OFFENCE.pattern.test(field.value)) return undefined;
  // The phrase before the date is the label ("Your licence expires on").
  for (const prose of PROSE_FACTS) if (prose.pattern.test(field.label)) return prose.fact;
  if ((TITLED_OFFENCE.pattern.test(field.value) && field.label.length <= 200) || HOME_OFFICE_CODE.pattern.test(field.label)) return 'offence';
  if (LICENCE_PERIOD.test(field.label)) return 'additionalConditions';
  return undefined;
}

/** One sentence or order as read, with the page key that grouped its fields. */
type Reading = SentenceEvent & { key: string; offences: Offence[] };

/**
 * The event a field belongs to: the order its card or heading names ("ORA Community Order
 * (18 Months)", "12 month Community order"); a table row or record that names an offence; else
 * the page's own event (an nDelius event page, a licence).
 */
function eventKey(field: Field, fact: FactId | undefined, eventGroups: Set<string>): { key: string; title?: string } {
  const section = field.section ?? '';
  if (isOrderHeading(section)) return { key: `order:${section}:${field.group ?? ''}`, title: section };
  // A table or list of events (one row or card per event, each with its sentence): each is its own event.
  if (field.group && eventGroups.has(field.group)) return { key: `group:${field.group}` };
  // The cheap test first: a page's thousands of other fields never reach the heading's wording.
  if (!fact && field.kind === 'label-value' && isOrderHeading(field.label)) return { key: `order:${field.label}:`, title: field.label };
  if (field.group && HOME_OFFICE_CODE.pattern.test(field.label)) return { key: `row:${field.group}` };
  return PAGE_EVENT;
}
/** The page's own event: one object for the thousands of fields that belong to it (read, never changed). */
const PAGE_EVENT: { key: string; title?: string } = { key: 'page' };

/** A heading that names an order: a disposal's wording, not a risk table's "Custody" column or a report. */
function isOrderHeading(text: string): boolean {
  if (!text || text.length > 120) return false;
  // Many fields share a section: decide each heading once.
  let known = orderHeadings.get(text);
  if (known === undefined) {
    known = !/risk|rosh|harm|report|register|flag|needs|predictor|appointment|contact/i.test(text) && classifyDisposal(text) !== undefined;
    if (orderHeadings.size > 5000) orderHeadings.clear();
    orderHeadings.set(text, known);
  }
  return known;
}
const orderHeadings = new Map<string, boolean>();

/** nDelius' "- 18502" Home Office offence code after an offence's wording. */
const HOME_OFFICE_CODE: WordingPattern = {
  pattern: /\S\s+-\s+\d{5}\)?$/,
  matches: ['Merchant Shipping Acts - 15000', 'Burglary (dwelling) with intent - 02801', '(Assault PC (Indictable/Either way) - 00807)'],
  notMatches: ['Tier B2 - 2024', 'Room 12345', 'Court 6 - 1'],
};

/** nDelius' indeterminate sentences: life, imprisonment for public protection ("CJA - Indeterminate Public Prot."). */
const INDETERMINATE_WORDING = /\blife\b|\bindeterminate\b|public prot|\bipp\b/i;

/** The length of the order in MPoP's time-elapsed line. */
const ELAPSED_OF: WordingPattern = {
  pattern: /\belapsed \(of (\d+ (?:years?|months?|weeks?|days?))\)/i,
  matches: ['32 months elapsed (of 12 months)', '3 days elapsed (of 24 months)'],
  notMatches: ['35 months elapsed', '12 month Community order From December 2023 to December 2024 35 months elapsed'],
};

/**
 * The heading of a list of past events: an order under "Previous orders" is over, whether or
 * not its card says "Ended on" (MPoP words most, not all, of them so).
 */
const HISTORY_LIST: WordingPattern = {
  pattern: /^(?:previous|past|ended|closed|terminated|former|historic(?:al)?)\s+(?:orders?|sentences?|events?)\b/i,
  matches: ['Previous orders', 'Previous orders (3)', 'Ended events', 'Past sentences', 'Historical orders'],
  notMatches: ['Current orders', 'Orders', 'Previous convictions', 'Sentence', 'Ended on 4 Jan 2019', 'Previous address'],
};

/** A court's offence with its statute: "Contrary to section 1(1) of the Theft Act 1968." */
const TITLED_OFFENCE: WordingPattern = {
  // A sentence of its own, as a charge is worded: not "convicted of theft contrary to section 1" inside a note.
  pattern: /(?:^|[.]\s*)Contrary to (?:sections?|s\.|common law|article|regulation|paragraph)\b/i,
  matches: ['On 24/03/2016 at Leeds stole a television. Contrary to section 1(1) and 7 of the Theft Act 1968.', 'Contrary to common law.', 'Contrary to s.3 Sexual Offences Act 2003'],
  notMatches: ['Contrary to advice, he moved address', 'Theft from the person of another', 'He admitted theft contrary to section 1 of the Theft Act 1968 at interview.'],
};

/** Printed-licence wording that states a date (the label is the phrase, the value from the date on). */
const PROSE_FACTS: Array<WordingPattern & { fact: FactId }> = [
  {
    fact: 'licenceEndDate',
    pattern: /\b(?:your )?licence (?:expires|ends) on\b/i,
    matches: ['Your licence expires on 26 April 2060', 'Licence ends on 1 May 2027'],
    notMatches: ['Your sentence expires on 26 April 2022', 'Your post sentence supervision period expires on 26 June 2060'],
  },
  {
    fact: 'releaseDate',
    pattern: /\b(?:supervision on licence|your licence|licence period) starts on\b/i,
    matches: ['Your supervision on licence starts on 1 April 2021 and ends on 26 April 2060 unless this licence is revoked.'],
    notMatches: ['Your post sentence supervision period starts on 26 April 2022 and ends on 26 June 2060'],
  },
];
/** "… starts on D1 and ends on D2": the end of the licence, from the same sentence. */
const LICENCE_ENDS_IN_PROSE = /\b(?:supervision on licence|your licence|licence period) starts on .{1,40}? and ends\s+on\s+(.+)$/i;

export const WORDING_PATTERNS: Record<string, WordingPattern> = {
  HOME_OFFICE_CODE,
  TITLED_OFFENCE,
  ELAPSED_OF,
  HISTORY_LIST,
  ...Object.fromEntries(PROSE_FACTS.map((p) => [`PROSE_${p.fact}`, p])),
};

/** Offence wording without nDelius' count and summary suffixes: "Burglary (2 count)" is Burglary. */
export function cleanOffence(text: string): string {
  let t = text
    .replace(/\s*\d+\s+additional offences?\s*$/i, '')
    .replace(/\s*\(\d+\s+counts?\)\s*$/i, '')
    .trim();
  // "(Having possession a picklock … - 18502)": wrapped whole in brackets.
  if (/^\(.*\)$/.test(t) && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A sentence's own status words: "Ended on 23 Jan 2018", "Terminated - 23 Jan 2018". */
const ENDED = /^(?:ended|terminated|completed|expired|closed)\b/i;
const STARTED = /^(?:started|commenced|began)\b/i;
/** ENDED or STARTED, in one test. */
const STATUS_WORDS = anyOf([ENDED, STARTED]);
/** Under an order's heading, the row that describes its offence. */
const DESCRIBED = /^(description|offence details?)$/i;

function readSentences(all: Item[], record: CaseRecord): Reading[] {
  const buckets = new Map<string, { title?: string; items: Item[] }>();
  // Records (rows, cards) that each name a sentence: when there are several, each is an event.
  const typed = new Set(all.filter((i) => i.fact === 'sentenceType' && i.field.group).map((i) => i.field.group!));
  const eventGroups = typed.size > 1 ? typed : new Set<string>();
  for (const item of all) {
    const { key, title } = eventKey(item.field, item.fact, eventGroups);
    const bucket = buckets.get(key);
    if (bucket) bucket.items.push(item);
    else buckets.set(key, { title, items: [item] });
  }
  // A page about one order (its heading, then its dates and conditions under other headings): one event.
  const orderKeys = [...buckets.keys()].filter((k) => k.startsWith('order:'));
  const page = buckets.get('page');
  if (page && orderKeys.length === 1 && !page.items.some((i) => i.fact === 'sentenceType')) {
    buckets.get(orderKeys[0]!)!.items.push(...page.items.map((i) => ({ ...i, merged: true })));
    buckets.delete('page');
  }
  const out: Reading[] = [];
  for (const [key, bucket] of buckets) {
    const reading = readSentence(key, bucket.title, bucket.items, record);
    if (reading) out.push(reading);
  }
  return out;
}

function readSentence(key: string, title: string | undefined, all: Item[], record: CaseRecord): Reading | undefined {
  // The fields that can say anything about the event, in page order; a plain field cannot (isPlain).
  const items = all.filter((i) => !i.plain);
  // A licence condition's own record ("Condition", "Start date", "Notes") dates the condition, not the sentence.
  const conditionRecords = new Set(items.filter((i) => CONDITION_LABEL.test(i.field.label)).map((i) => recordOf(i.field)));
  const of = byFact(items.filter((i) => i.fact && !(SENTENCE_FACTS.has(i.fact) && conditionRecords.size > 0 && conditionRecords.has(recordOf(i.field)))));
  const single = singleOver(record, of);
  const reading: Reading = { key, status: 'unknown', offences: [], licenceConditions: [] };
  if (title) reading.title = title;
  const titleField = title ? all.find((i) => i.field.section === title || i.field.label === title)?.field : undefined;
  // The order's own heading names its type and often its length.
  const headingType = title ? classifyDisposal(title) : undefined;
  const type = single<DisposalType>('sentenceType', (raw) => {
    const t = classifyDisposal(raw);
    return t ? { ok: true, value: t } : { ok: false, reason: `"${raw.trim()}" is not a sentence or order this recognises` };
  });
  if (type) reading.type = type;
  else if (headingType && titleField) reading.type = { value: headingType, source: { ...sourceOf(titleField, title!), label: title! } };
  // "4 years" on one page and "48 months" on another are one length, not a conflict.
  const length = single<Length>('sentenceLength', parseLength, (v) => JSON.stringify(v), lengthKey);
  if (length) reading.length = length;
  else {
    const worded = [...(title && titleField ? [{ text: title, field: titleField }] : []), ...of('sentenceType').map((f) => ({ text: f.value, field: f }))]
      .map((w) => ({ ...w, length: lengthInWording(w.text) }))
      .find((w) => w.length);
    if (worded) reading.length = { value: worded.length!, source: { ...sourceOf(worded.field, worded.text), label: worded.text === title ? title : worded.field.label } };
  }
  // A life or IPP sentence has no length to add to a date, whatever months nDelius shows beside it (a tariff).
  const typeWording = [title, ...of('sentenceType').map((f) => f.value)].find((t) => t && INDETERMINATE_WORDING.test(t));
  if (typeWording && reading.type?.value === 'custody') {
    const source = reading.type.source;
    reading.length = { value: { kind: 'indeterminate', wording: typeWording }, source: { ...source, raw: typeWording } };
  }
  // MPoP: "Time elapsed: 32 months elapsed (of 12 months)" states the order's length.
  if (!reading.length)
    for (const { field } of items) {
      const of = ELAPSED_OF.pattern.exec(field.value)?.[1];
      const parsed = of ? parseLength(of) : undefined;
      if (parsed?.ok) {
        reading.length = { value: parsed.value, source: sourceOf(field, of) };
        break;
      }
    }
  for (const fact of ['sentenceDate', 'releaseDate', 'licenceEndDate'] as const) {
    const date = single<IsoDate>(fact, parseDateInText);
    if (date) reading[fact] = date;
  }
  // "… starts on D1 and ends on D2": the end is in the release date's own sentence.
  if (!reading.licenceEndDate)
    for (const field of of('releaseDate')) {
      const end = LICENCE_ENDS_IN_PROSE.exec(`${field.label} ${field.value}`)?.[1];
      const parsed = end ? parseDateInText(end) : undefined;
      if (parsed?.ok) reading.licenceEndDate = { value: parsed.value, source: sourceOf(field, end) };
    }
  const requirementFields = of('requirements');
  const requirements = requirementFields.flatMap(valuesOf).filter((r) => !isEmptyState(r));
  if (requirements.length > 0) reading.requirements = { value: requirements, source: sourceOf(requirementFields[0]!) };

  reading.offences = readOffences(items, record, key.startsWith('order:'));
  // Status words in the event's own values ("Started on 20 May 2019", "Ended on 23 Jan 2018"), not in a requirement's on the same page.
  for (const { field, merged } of items) {
    if (merged) continue;
    if (field.items) for (const value of field.items) readStatus(reading, field, value);
    else {
      readStatus(reading, field, field.value);
      readStatus(reading, field, field.label);
    }
  }
  // Without status words of its own, an event listed under "Previous orders" is over.
  if (reading.status === 'unknown' && items.some(({ field }) => HISTORY_LIST.pattern.test(field.area ?? '') || HISTORY_LIST.pattern.test(field.section ?? '')))
    reading.status = 'ended';
  if (reading.status === 'unknown' && (reading.type || reading.sentenceDate)) reading.status = 'current';
  reading.licenceConditions = conditionsOf(items);
  const empty =
    !reading.type && !reading.length && !reading.sentenceDate && !reading.releaseDate && !reading.licenceEndDate && !reading.requirements &&
    reading.offences.length === 0 && reading.licenceConditions.length === 0;
  return empty ? undefined : reading;
}

/** A sentence's own status words in one of its values: "Ended on 23 Jan 2018", "Started on 20 May 2019". */
function readStatus(reading: Reading, field: Field, value: string): void {
  // Most values have neither: one test turns them away.
  if (!STATUS_WORDS.test(value)) return;
  if (ENDED.test(value)) {
    reading.status = 'ended';
    const ended = parseDateInText(value);
    if (ended.ok && !reading.endDate) reading.endDate = { value: ended.value, source: sourceOf(field, value) };
  } else if (STARTED.test(value) && !reading.sentenceDate) {
    const started = parseDateInText(value);
    if (started.ok) reading.sentenceDate = { value: started.value, source: sourceOf(field, value) };
  }
}

/**
 * The disposal the rules read: the current custodial sentence first (its licence is what is
 * supervised), else the current community one (or suspended sentence), else any other current
 * one, in page order. Ended orders are history, kept in `sentences` only: a page of previous
 * orders has no disposal.
 */
function primaryDisposal(sentences: Reading[]): Disposal | undefined {
  const current = sentences.filter((s) => s.type && s.status !== 'ended');
  const pick =
    current.find((s) => s.type!.value === 'custody') ??
    current.find((s) => s.type!.value === 'community-order' || s.type!.value === 'suspended-sentence') ??
    current[0];
  if (!pick?.type) return undefined;
  const disposal: Disposal = { type: pick.type };
  if (pick.length) disposal.length = pick.length;
  if (pick.sentenceDate) disposal.sentenceDate = pick.sentenceDate;
  if (pick.releaseDate) disposal.releaseDate = pick.releaseDate;
  if (pick.licenceEndDate) disposal.licenceEndDate = pick.licenceEndDate;
  if (pick.requirements) disposal.requirements = pick.requirements;
  return disposal;
}

/**
 * Offences with their dates and outcomes. A date or outcome belongs to the offence in its own
 * record (summary card, table row); failing that, to the nearest offence before it on the page
 * that still lacks one (older pages list "Main Offence:", then "Offence Date:"). Under an order
 * heading, a "Description" is the offence, with "Started on …" beside it.
 */
function readOffences(items: Item[], record: CaseRecord, underOrder: boolean): Offence[] {
  const offences: Offence[] = [];
  const byGroup = new Map<string, Offence[]>();
  for (const { field, fact } of items) {
    const described = underOrder && !fact && DESCRIBED.test(field.label);
    const titled = fact === 'offence' && (TITLED_OFFENCE.pattern.test(field.value) || HOME_OFFICE_CODE.pattern.test(field.label)) && !factForLabel(field.label, field.section);
    // An order's heading over its offence paragraph ("ORA Adult Custody (12 Months)" then "Dangerous driving - 80200").
    // Only a phrase, as offences are worded: not an explanatory paragraph under an order's heading.
    const lead =
      !fact && underOrder && field.kind === 'label-value' && isOrderHeading(field.label) && field.value && field.value.length <= 250 &&
      !/[.!?]\s+\S/.test(field.value) && !ENDED.test(field.value);
    if (fact === 'offence' || described || lead) {
      const texts = titled ? [field.label] : valuesOf(field).filter((v) => !STATUS_WORDS.test(v) && !isEmptyState(v));
      for (const raw of texts) {
        const description = cleanOffence(raw);
        if (!description) continue;
        const c = classifyOffence(description);
        const offence: Offence = { description: { value: description, source: sourceOf(field, raw) }, sexual: c.sexual };
        if (c.kind) offence.kind = c.kind;
        if (c.offence) offence.statute = c.offence.statute;
        if (c.homeOfficeCode) offence.homeOfficeCode = c.homeOfficeCode;
        if (field.group) {
          const group = byGroup.get(field.group);
          if (group) group.push(offence);
          else byGroup.set(field.group, [offence]);
        }
        offences.push(offence);
      }
      continue;
    }
    const key = fact === 'offenceDate' ? 'date' : fact === 'offenceOutcome' ? 'outcome' : fact === 'convictionDate' ? 'convictionDate' : undefined;
    if (!key || !field.value || isEmptyState(field.value)) continue;
    const parsed = key === 'outcome' ? parseOutcome(field.value) : parseUkDate(field.value);
    if (!parsed.ok) {
      record.unreadable.push({ fact: fact!, reason: parsed.reason, source: sourceOf(field) });
      continue;
    }
    const value = { value: parsed.value, source: sourceOf(field) };
    // A conviction date is the event's: every offence of it was convicted that day.
    if (key === 'convictionDate') {
      for (const o of offences) if (!o.convictionDate) o.convictionDate = value as Offence['convictionDate'];
      continue;
    }
    // By group through an index: a table of a thousand offences must not be searched once per date.
    let owner = field.group ? byGroup.get(field.group)?.find((o) => !o[key]) : undefined;
    for (let i = offences.length - 1; !owner && i >= 0; i--) if (!offences[i]![key]) owner = offences[i];
    if (owner) (owner as Record<string, unknown>)[key] = value;
  }
  return offences;
}

/** An offence with no outcome on the page was a conviction if its event (or the case) has a court sentence. */
function inferOutcomes(record: CaseRecord, sentences: Reading[]): void {
  for (const s of sentences) {
    const disposal = s.type ?? record.disposal?.type;
    if (!disposal) continue;
    for (const offence of s.offences) {
      if (offence.outcome) continue;
      const outcome = CONVICTION_DISPOSALS.has(disposal.value) ? 'conviction' : disposal.value === 'caution' ? 'caution' : undefined;
      if (outcome)
        offence.outcome = { value: outcome, source: { ...disposal.source, inferred: `${FACT_NAMES.offenceOutcome} inferred from the sentence or order` } };
    }
  }
}

/**
 * Licence conditions of an event: fields the vocabulary names as conditions, rows of an
 * "Additional licence conditions (6)" list whose key is the condition's category (CVL), and a
 * record whose title is the condition (an nDelius condition page: "Imposed (Release) date" under it).
 */
function conditionsOf(items: Item[]): LicenceCondition[] {
  const out: LicenceCondition[] = [];
  const records = new Set<string>();
  for (const { field, fact } of items) {
    if (fact === 'additionalConditions') {
      out.push(...conditions([field], 'additional', LICENCE_PERIOD.test(field.label)));
      continue;
    }
    const section = field.section ?? '';
    if (!fact && field.kind !== 'label-value' && CONDITIONS_SECTION.pattern.test(section)) {
      const text = field.value || field.label;
      const c = classifyCondition(text);
      const category = categoryNamed(field.label) ?? c.category;
      const condition: LicenceCondition = { text, kind: 'additional', themes: c.themes, source: sourceOf(field, text) };
      if (category) condition.category = category;
      out.push(condition);
      continue;
    }
    if (section && CONDITION_RECORD.pattern.test(field.label) && !records.has(recordOf(field))) {
      records.add(recordOf(field));
      const c = classifyCondition(section);
      const condition: LicenceCondition = { text: section, kind: 'additional', themes: c.themes, source: { ...sourceOf(field, section), label: section } };
      const category = categoryNamed(section) ?? c.category;
      if (category) condition.category = category;
      out.push(condition);
    }
  }
  return out;
}

/**
 * A field no per-event pass can use: no fact, no list of values, not a "Label: value" line (which
 * may be an order's heading), under no heading of a list of conditions, and no label or value
 * worded as any pass looks for (status words, a condition's record, an offence's description,
 * an order's elapsed time). Such a field still decides which event its section belongs to
 * (eventKey) and may be the field an order's title is read from; nothing else. Most fields of a
 * large page are plain, and each pass then skips them instead of testing them again.
 */
export function isPlain(field: Field): boolean {
  return (
    !field.items &&
    field.kind !== 'label-value' &&
    !PLAIN_LABEL_WORDS.test(field.label) &&
    !PLAIN_VALUE_WORDS.test(field.value) &&
    !CONDITIONS_SECTION.pattern.test(field.section ?? '')
  );
}

const recordOf = (field: Field): string => `${field.section ?? ''}#${field.group ?? ''}`;
/** A row that is a licence condition's text in the condition's own record. */
const CONDITION_LABEL = /^(?:licence )?condition$|^imposed(?: \(release\))? date$/i;

/** A list of additional or bespoke conditions whose rows are the conditions themselves (CVL). */
const CONDITIONS_SECTION: WordingPattern = {
  pattern: /^(?:additional|bespoke) (?:licence )?conditions\b/i,
  matches: ['Additional licence conditions (6)', 'Bespoke licence conditions (2)', 'Additional conditions'],
  notMatches: ['Additional post sentence supervision requirements (2)', 'Licence conditions details', 'Standard conditions'],
};

/** Labels only a licence condition's own record has (nDelius: the condition is the card title). */
const CONDITION_RECORD: WordingPattern = {
  pattern: /^(?:imposed(?: \(release\))? date|date imposed|sub ?type|sub ?category|condition sub ?type)$/i,
  matches: ['Imposed (Release) date', 'Subtype', 'Sub category', 'Date imposed'],
  notMatches: ['Start date', 'Notes', 'Type', 'Imposed by'],
};

/** Every pattern a per-event pass tests a field without a fact against: its label, then its value (isPlain). */
const PLAIN_LABEL_WORDS = anyOf([CONDITION_LABEL, ENDED, STARTED, DESCRIBED, CONDITION_RECORD.pattern]);
const PLAIN_VALUE_WORDS = anyOf([ELAPSED_OF.pattern, ENDED, STARTED]);

/** Printed licence: "During your licence period you must:" lists standard and additional conditions together. */
const LICENCE_PERIOD = /\blicence period you must\b|\bon licence you must\b/i;

/**
 * Every pattern factInWording tests a label against, as one (anyOf). HOME_OFFICE_CODE has no
 * letters, so its source means the same under the union's "i" flag.
 */
const WORDING_LABELS = anyOf([...PROSE_FACTS.map((p) => p.pattern), HOME_OFFICE_CODE.pattern.source, LICENCE_PERIOD]);

function conditions(fields: Field[], kind: 'standard' | 'additional', mixed = false): LicenceCondition[] {
  return fields.flatMap((field) =>
    valuesOf(field)
      .filter((text) => !isEmptyState(text))
      .map((text) => {
        // A printed licence lists the standard conditions first, in their fixed wording.
        const k = mixed && isStandardCondition(text) ? 'standard' : kind;
        const c = classifyCondition(text);
        const condition: LicenceCondition = { text, kind: k, themes: k === 'additional' ? c.themes : [], source: sourceOf(field, text) };
        // nDelius lists a condition by its category's name ("Freedom of movement"); else the wording says.
        const category = categoryNamed(text) ?? c.category;
        if (k === 'additional' && category) condition.category = category;
        return condition;
      }),
  );
}

/** What an event or a case-note sentence is about: whole words, with a negation window (lib/law/keywords.ts, with fixtures). */
const EVENT_KINDS = EVENT_KIND_PATTERNS;

function readEvent(field: Field): CaseEvent {
  // The title says what happened; the description may mention children in passing, so it is second.
  const kind =
    EVENT_KINDS.find(([, p]) => p.test(field.label))?.[0] ?? EVENT_KINDS.find(([, p]) => p.test(field.value))?.[0] ?? 'other';
  const event: CaseEvent = { kind, title: field.label, description: field.value, source: sourceOf(field, `${field.date ?? ''} ${field.value}`.trim()) };
  const date = field.date ? parseUkDate(field.date) : undefined;
  if (date?.ok) event.date = date.value;
  return event;
}

/**
 * Events mentioned in case notes: each sentence that speaks of a relationship, an address,
 * child contact or new offending, with the date it gives (if any). Undated mentions are kept,
 * undated, so a rule can say it cannot tell when they happened.
 */
function eventsInNotes(field: Field): CaseEvent[] {
  const sentences = field.value.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  return sentences.flatMap((sentence) => {
    const kind = EVENT_KINDS.find(([, p]) => p.test(sentence))?.[0];
    if (!kind) return [];
    const event: CaseEvent = { kind, title: 'Case note', description: sentence, source: sourceOf(field, sentence) };
    const dateText = sentence.match(DATE_IN_TEXT)?.[0];
    const date = dateText ? parseUkDate(dateText) : undefined;
    if (date?.ok) event.date = date.value;
    return [event];
  });
}

/** A UK date inside running text: 27/11/2026 or 27 November 2026. */
const DATE_IN_TEXT = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b/i;

const ORDER_WORDS: Array<[Order['kind'], RegExp]> = [
  ['SHPO', /\bshpo\b|sexual harm prevention order/i],
  ['SOPO', /\bsopo\b|sex(ual)? offences? prevention order/i],
  ['SRO', /\bsro\b|sexual risk order/i],
];

const ANY_ORDER = anyOf(ORDER_WORDS.map(([, pattern]) => pattern));

/** Orders named in an orders field, or anywhere in a field's value (e.g. a sentence listing an SHPO). */
function findOrders(field: Field, fact: FactId | undefined, orders: Order[]): void {
  // Any field may name an order, but few do: one test turns the rest away.
  if (fact !== 'orders' && !ANY_ORDER.test(field.value)) return;
  for (const text of fact === 'orders' ? valuesOf(field) : [field.value]) {
    for (const [kind, pattern] of ORDER_WORDS) {
      if (!pattern.test(text) && !(fact === 'orders' && pattern.test(field.label))) continue;
      if (/^(no|none|n\/a)\b/i.test(text.trim())) continue;
      const dateText = text.match(DATE_IN_TEXT)?.[0];
      const date = dateText ? parseUkDate(dateText) : undefined;
      const order: Order = { kind, text, source: sourceOf(field, text) };
      if (date?.ok) order.date = date.value;
      orders.push(order);
    }
  }
}
