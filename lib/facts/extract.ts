import type { Field } from '../reader/types';
import type { CaseEvent, CaseRecord, Disposal, Fact, LicenceCondition, Offence, Order, Source } from './case-record';
import { parseUkDate, type IsoDate, type Parsed } from './dates';
import { CONVICTION_DISPOSALS, classifyDisposal, type DisposalType } from './disposals';
import { classifyCondition } from './licence-conditions';
import { parseLength, type Length } from './lengths';
import { mappingFor, type FieldMapping } from './mappings';
import { classifyOffence } from './offences';
import { parseMappa, parseMappaCategory, parseMappaLevel, parseOutcome, parseRosh, parseSex } from './values';
import { FACT_NAMES, factForLabel, type FactId } from './vocabulary';

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

/** Builds the case record from fields; facts keep their field as source, unreadable ones say why. */
export function extractCase(fields: Field[], options: ExtractOptions = {}): CaseRecord {
  const record: CaseRecord = { offences: [], licenceConditions: [], events: [], orders: [], unreadable: [], conflicts: [] };
  const tagged: Tagged[] = [];
  for (const field of fields) {
    if (field.kind === 'event') {
      record.events.push(readEvent(field));
      continue;
    }
    const fact = mappingFor(field, options.mappings ?? []) ?? factForLabel(field.label, field.section);
    if (fact) tagged.push({ field, fact });
    findOrders(field, fact, record.orders);
  }
  const of = (fact: FactId) => tagged.filter((t) => t.fact === fact).map((t) => t.field);

  /** One believed value per fact: parsed from every field that holds it; differing values are a conflict. */
  function single<T>(
    fact: FactId,
    parse: (raw: string) => Parsed<T>,
    show: (value: T) => string = String,
    sameAs: (value: T) => string = (v) => JSON.stringify(v),
  ): Fact<T> | undefined {
    const readings: Array<Fact<T>> = [];
    for (const field of of(fact)) {
      if (!field.value) continue;
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
  }

  const set = <K extends keyof CaseRecord>(key: K, value: CaseRecord[K] | undefined): void => {
    if (value !== undefined) record[key] = value;
  };
  set('dateOfBirth', single('dateOfBirth', parseUkDate));
  set('sex', single('sex', parseSex));
  set('rosh', single('rosh', parseRosh));
  set('lastOasys', single('lastOasys', parseUkDate));
  set('contactFrequency', single('contactFrequency', (raw) => ({ ok: true, value: raw.trim() })));
  set('mappaCategory', single('mappaCategory', parseMappaCategory));
  set('mappaLevel', single('mappaLevel', parseMappaLevel));
  const mappa = single('mappa', parseMappa, (v) => JSON.stringify(v));
  if (mappa?.value.category && !record.mappaCategory) record.mappaCategory = { value: mappa.value.category, source: mappa.source };
  if (mappa?.value.level && !record.mappaLevel) record.mappaLevel = { value: mappa.value.level, source: mappa.source };

  record.disposal = readDisposal(single, of);
  record.offences = readOffences(tagged, record);
  for (const field of of('caseNotes')) record.events.push(...eventsInNotes(field));
  record.licenceConditions = [
    ...conditions(of('standardConditions'), 'standard'),
    ...conditions(of('additionalConditions'), 'additional'),
  ];
  return record;
}

type Single = <T>(fact: FactId, parse: (raw: string) => Parsed<T>, show?: (value: T) => string, sameAs?: (value: T) => string) => Fact<T> | undefined;

/** A length as a comparable key: months and days, so equal lengths written differently agree. */
function lengthKey(length: Length): string {
  if (length.kind !== 'fixed') return `indeterminate:${length.wording.toLowerCase()}`;
  const d = length.duration;
  return `${d.years * 12 + d.months}m${d.weeks * 7 + d.days}d`;
}

function readDisposal(single: Single, of: (fact: FactId) => Field[]): Disposal | undefined {
  const type = single<DisposalType>('sentenceType', (raw) => {
    const t = classifyDisposal(raw);
    return t ? { ok: true, value: t } : { ok: false, reason: `"${raw.trim()}" is not a sentence or order this recognises` };
  });
  if (!type) return undefined;
  const disposal: Disposal = { type };
  // "4 years" on one page and "48 months" on another are one length, not a conflict.
  const length = single<Length>('sentenceLength', parseLength, (v) => JSON.stringify(v), lengthKey);
  if (length) disposal.length = length;
  for (const [key, fact] of [['sentenceDate', 'sentenceDate'], ['releaseDate', 'releaseDate'], ['licenceEndDate', 'licenceEndDate']] as const) {
    const date = single<IsoDate>(fact, parseUkDate);
    if (date) disposal[key] = date;
  }
  const requirementFields = of('requirements');
  const requirements = requirementFields.flatMap(valuesOf);
  if (requirements.length > 0) disposal.requirements = { value: requirements, source: sourceOf(requirementFields[0]!) };
  return disposal;
}

/**
 * Offences with their dates and outcomes. A date or outcome belongs to the offence in its own
 * record (summary card, table row); failing that, to the nearest offence before it on the page
 * that still lacks one (older pages list "Main Offence:", then "Offence Date:").
 */
function readOffences(tagged: Tagged[], record: CaseRecord): Offence[] {
  const offences: Array<Offence & { group?: string }> = [];
  for (const { field, fact } of tagged) {
    if (fact === 'offence') {
      for (const description of valuesOf(field)) {
        const c = classifyOffence(description);
        const offence: Offence & { group?: string } = { description: { value: description, source: sourceOf(field, description) }, sexual: c.sexual };
        if (c.kind) offence.kind = c.kind;
        if (c.offence) offence.statute = c.offence.statute;
        if (c.homeOfficeCode) offence.homeOfficeCode = c.homeOfficeCode;
        if (field.group) offence.group = field.group;
        offences.push(offence);
      }
      continue;
    }
    const key = fact === 'offenceDate' ? 'date' : fact === 'offenceOutcome' ? 'outcome' : fact === 'convictionDate' ? 'convictionDate' : undefined;
    if (!key || !field.value) continue;
    const owner =
      (field.group && offences.find((o) => o.group === field.group && !o[key])) ?? [...offences].reverse().find((o) => !o[key]);
    const parsed = key === 'outcome' ? parseOutcome(field.value) : parseUkDate(field.value);
    if (!parsed.ok) {
      record.unreadable.push({ fact, reason: parsed.reason, source: sourceOf(field) });
      continue;
    }
    if (owner) (owner as Record<string, unknown>)[key] = { value: parsed.value, source: sourceOf(field) };
  }
  // An offence with no outcome on the page was a conviction if the case's disposal is a court sentence.
  const disposal = record.disposal?.type;
  for (const offence of offences) {
    if (offence.outcome || !disposal) continue;
    const outcome = CONVICTION_DISPOSALS.has(disposal.value) ? 'conviction' : disposal.value === 'caution' ? 'caution' : undefined;
    if (outcome)
      offence.outcome = { value: outcome, source: { ...disposal.source, inferred: `${FACT_NAMES.offenceOutcome} inferred from the sentence or order` } };
  }
  return offences.map(({ group: _group, ...offence }) => offence); // eslint-disable-line @typescript-eslint/no-unused-vars
}

function conditions(fields: Field[], kind: 'standard' | 'additional'): LicenceCondition[] {
  return fields.flatMap((field) =>
    valuesOf(field).map((text) => {
      const c = classifyCondition(text);
      const condition: LicenceCondition = { text, kind, themes: kind === 'additional' ? c.themes : [], source: sourceOf(field, text) };
      if (kind === 'additional' && c.category) condition.category = c.category;
      return condition;
    }),
  );
}

const EVENT_KINDS: Array<[CaseEvent['kind'], RegExp]> = [
  ['child-contact', /contact with (a )?child|child contact|children|grandchild|\bchild\b/i],
  ['relationship', /relationship|partner|girlfriend|boyfriend|married|marriage/i],
  ['address', /address|moved|accommodation|approved premises|housing|residence/i],
  ['new-offence', /arrest|charged|new offence|offending|convicted|summons|police/i],
];

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

/** Orders named in an orders field, or anywhere in a field's value (e.g. a sentence listing an SHPO). */
function findOrders(field: Field, fact: FactId | undefined, orders: Order[]): void {
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
