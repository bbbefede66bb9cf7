import type { CaseRecord, SentenceEvent, Source } from './case-record';
import { formatLong } from './dates';
import { describeDuration } from './lengths';
import { FACT_NAMES, type FactId } from './vocabulary';

/** One line of the panel's "case facts": what the extension believes and where it read it. */
export interface FactLine {
  fact: FactId;
  name: string;
  value: string;
  source: Source;
}

const DISPOSAL_NAMES: Record<string, string> = {
  custody: 'Custody',
  'suspended-sentence': 'Suspended sentence',
  'community-order': 'Community order',
  caution: 'Caution',
  'hospital-order': 'Hospital order',
  'hospital-order-restricted': 'Hospital order with restriction',
  'conditional-discharge': 'Conditional discharge',
  'absolute-discharge': 'Absolute discharge',
  fine: 'Fine',
};

export const KIND_NAMES: Record<string, string> = {
  'contact-child': 'contact offence against a child',
  'contact-adult': 'contact offence against an adult',
  'images-internet': 'indecent images or internet offence',
  'non-contact': 'non-contact offence',
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The sentence the panel shows: the primary disposal's event; when no event has a type the page
 * can read (a licence, an event whose type is unreadable), the first event with dates, so those
 * are still shown.
 */
export function shownSentence(record: CaseRecord): SentenceEvent | undefined {
  const sentences = record.sentences ?? [];
  if (record.disposal) return sentences.find((s) => s.type === record.disposal!.type);
  return sentences.find((s) => s.sentenceDate || s.releaseDate || s.licenceEndDate || s.length || s.requirements);
}

/** The facts believed, in the order a practitioner reads a case: person, offences, sentence, risk. */
export function factLines(record: CaseRecord): FactLine[] {
  const lines: FactLine[] = [];
  const add = (fact: FactId, value: string, source: Source, name = FACT_NAMES[fact]) => lines.push({ fact, name, value, source });
  const id = record.identity;
  if (id?.name) add('name', id.name.value, id.name.source);
  if (id?.crn) add('crn', id.crn.value, id.crn.source);
  if (id?.pncNumber) add('pncNumber', id.pncNumber.value, id.pncNumber.source);
  if (id?.prisonNumber) add('prisonNumber', id.prisonNumber.value, id.prisonNumber.source);
  if (record.dateOfBirth) add('dateOfBirth', formatLong(record.dateOfBirth.value), record.dateOfBirth.source);
  if (record.sex) add('sex', cap(record.sex.value), record.sex.source);
  record.offences.forEach((o, i) => {
    const what = o.sexual ? `sexual offence${o.kind ? `, ${KIND_NAMES[o.kind]}` : ''}` : 'not recognised as a sexual offence';
    add('offence', `${o.description.value} (${what})`, o.description.source, `Offence ${i + 1}`);
    if (o.date) add('offenceDate', formatLong(o.date.value), o.date.source, `Offence ${i + 1} date`);
    if (o.outcome) add('offenceOutcome', cap(o.outcome.value), o.outcome.source, `Offence ${i + 1} outcome`);
    if (o.convictionDate) add('convictionDate', formatLong(o.convictionDate.value), o.convictionDate.source, `Offence ${i + 1} conviction date`);
  });
  const d = record.disposal ?? shownSentence(record);
  if (d) {
    if (d.type) add('sentenceType', DISPOSAL_NAMES[d.type.value] ?? d.type.value, d.type.source);
    if (d.length) add('sentenceLength', d.length.value.kind === 'fixed' ? describeDuration(d.length.value.duration) : d.length.value.wording, d.length.source);
    if (d.sentenceDate) add('sentenceDate', formatLong(d.sentenceDate.value), d.sentenceDate.source);
    if (d.releaseDate) add('releaseDate', formatLong(d.releaseDate.value), d.releaseDate.source);
    if (d.licenceEndDate) add('licenceEndDate', formatLong(d.licenceEndDate.value), d.licenceEndDate.source);
    if (d.requirements) add('requirements', d.requirements.value.join('; '), d.requirements.source);
  }
  const additional = record.licenceConditions.filter((c) => c.kind === 'additional');
  if (additional[0]) add('additionalConditions', `${additional.length} additional condition${additional.length === 1 ? '' : 's'}`, additional[0].source);
  if (record.rosh) add('rosh', cap(record.rosh.value), record.rosh.source);
  if (record.mappaCategory) add('mappaCategory', `Category ${record.mappaCategory.value}`, record.mappaCategory.source);
  if (record.mappaLevel) add('mappaLevel', `Level ${record.mappaLevel.value}`, record.mappaLevel.source);
  if (record.lastOasys) add('lastOasys', formatLong(record.lastOasys.value), record.lastOasys.source);
  if (record.contactFrequency) add('contactFrequency', record.contactFrequency.value, record.contactFrequency.source);
  for (const order of record.orders) add('orders', order.text, order.source, order.kind);
  return lines;
}

/** Facts the rules need that the page did not give, with where a case system normally shows them. */
export const WHERE_FOUND: Partial<Record<FactId, string>> = {
  dateOfBirth: 'personal details',
  sex: 'personal details',
  offence: 'the offences or convictions list',
  sentenceType: 'the sentence or event details',
  sentenceDate: 'the sentence or event details',
  releaseDate: 'the custody or licence details (sentence calculation)',
  rosh: 'the risk summary or the latest OASys (R10)',
  mappaCategory: 'the MAPPA or registration details',
  mappaLevel: 'the MAPPA or registration details',
  lastOasys: 'the assessments list (OASys)',
  additionalConditions: 'the licence conditions',
};

export function missingFacts(record: CaseRecord): FactId[] {
  const missing: FactId[] = [];
  if (!record.dateOfBirth) missing.push('dateOfBirth');
  if (!record.sex) missing.push('sex');
  if (record.offences.length === 0) missing.push('offence');
  if (!record.disposal) missing.push('sentenceType');
  else if (!record.disposal.sentenceDate) missing.push('sentenceDate');
  if (record.disposal?.type.value === 'custody' && !record.disposal.releaseDate) missing.push('releaseDate');
  if (record.disposal?.type.value === 'custody' && !record.licenceConditions.some((c) => c.kind === 'additional'))
    missing.push('additionalConditions');
  if (!record.rosh) missing.push('rosh');
  if (!record.mappaCategory) missing.push('mappaCategory');
  if (!record.lastOasys) missing.push('lastOasys');
  // A fact that was on the page but unreadable or in conflict is reported as such, not as missing.
  const reported = new Set([...record.unreadable.map((u) => u.fact), ...record.conflicts.map((c) => c.fact)]);
  return missing.filter((f) => !reported.has(f));
}

/** One line per sentence or order when a page shows several: which the disposal is, and which are history. */
export interface SentenceLine {
  title: string;
  detail: string;
  status: 'current' | 'ended' | 'unknown';
  /** The one the rules read as the disposal. */
  primary: boolean;
  source?: Source;
}

export function sentenceLines(record: CaseRecord): SentenceLine[] {
  const sentences = record.sentences ?? [];
  if (sentences.length < 2) return [];
  const shown = shownSentence(record);
  return sentences.map((s) => {
    const type = s.type ? (DISPOSAL_NAMES[s.type.value] ?? s.type.value) : 'type not read';
    const length = s.length ? (s.length.value.kind === 'fixed' ? describeDuration(s.length.value.duration) : s.length.value.wording) : undefined;
    const status = s.status === 'ended' ? `ended${s.endDate ? ` ${formatLong(s.endDate.value)}` : ''}` : s.status === 'current' ? 'current' : undefined;
    const offences = s.offences.map((o) => o.description.value);
    const detail = [type, length, status, offences.length ? `offences: ${offences.join('; ')}` : undefined].filter(Boolean).join(', ');
    const line: SentenceLine = { title: s.title ?? offences[0] ?? type, detail, status: s.status, primary: s === shown };
    const source = s.type?.source ?? s.offences[0]?.description.source;
    if (source) line.source = source;
    return line;
  });
}
