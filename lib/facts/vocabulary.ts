import { z } from 'zod';

/** The facts a field can be: what the rules need (domain reference, "Facts the rules need"). */
export const FactId = z.enum([
  'dateOfBirth',
  'sex',
  'offence',
  'offenceDate',
  'offenceOutcome',
  'convictionDate',
  'sentenceType',
  'sentenceLength',
  'sentenceDate',
  'releaseDate',
  'licenceEndDate',
  'requirements',
  'standardConditions',
  'additionalConditions',
  'rosh',
  'mappa',
  'mappaCategory',
  'mappaLevel',
  'lastOasys',
  'orders',
  'caseNotes',
  'contactFrequency',
  // Who the case is about: for matching pages of one person, not for the rules.
  'name',
  'crn',
  'pncNumber',
  'prisonNumber',
]);
export type FactId = z.infer<typeof FactId>;

/** What each fact is called in the panel. */
export const FACT_NAMES: Record<FactId, string> = {
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  offence: 'Offence',
  offenceDate: 'Offence date',
  offenceOutcome: 'Conviction or caution',
  convictionDate: 'Conviction or caution date',
  sentenceType: 'Sentence or order',
  sentenceLength: 'Sentence length',
  sentenceDate: 'Sentence date',
  releaseDate: 'Release date',
  licenceEndDate: 'Licence end date',
  requirements: 'Order requirements',
  standardConditions: 'Standard licence conditions',
  additionalConditions: 'Additional licence conditions',
  rosh: 'Risk of serious harm',
  mappa: 'MAPPA',
  mappaCategory: 'MAPPA category',
  mappaLevel: 'MAPPA level',
  lastOasys: 'Last completed OASys',
  orders: 'Orders (SHPO, SOPO, SRO)',
  caseNotes: 'Case notes',
  contactFrequency: 'Level of contact',
  name: 'Name',
  crn: 'CRN',
  pncNumber: 'PNC number',
  prisonNumber: 'Prison number',
};

const Entry = z.object({
  fact: FactId,
  /** Labels as systems write them; matched after normalising case and punctuation. */
  labels: z.array(z.string().min(1)),
  /** Only when the field's section mentions one of these words (e.g. "Date" under "Offences"). */
  inSection: z.array(z.string()).optional(),
  /** Not when the section mentions one of these (a report's "Type" is not a sentence type). */
  notInSection: z.array(z.string()).optional(),
});
export type VocabularyEntry = z.infer<typeof Entry>;

/**
 * Labels real case systems use for each fact (nDelius, OASys, HMPPS digital services, police
 * systems). Data, easy to extend: add a label where a system words a field differently.
 * Entries with `inSection` are tried first, so "Date" in an offences card is an offence date.
 */
export const VOCABULARY: VocabularyEntry[] = z.array(Entry).parse([
  { fact: 'offenceDate', labels: ['date', 'committed', 'committed on'], inSection: ['offence'] },
  { fact: 'offenceOutcome', labels: ['outcome', 'result', 'type'], inSection: ['offence'] },
  { fact: 'offence', labels: ['description', 'name', 'title'], inSection: ['offence'] },
  { fact: 'mappaCategory', labels: ['category', 'cat'], inSection: ['mappa'] },
  { fact: 'mappaLevel', labels: ['level'], inSection: ['mappa'] },
  // A registration or flag "Risk level" is RoSH only in a RoSH section; in a risk-flags table it is the flag's level.
  { fact: 'rosh', labels: ['risk level', 'level', 'overall', 'overall risk'], inSection: ['rosh', 'serious harm'] },
  { fact: 'sentenceType', labels: ['type'], inSection: ['sentence', 'order', 'disposal'], notInSection: ['report', 'registration', 'flag', 'address', 'contact'] },
  { fact: 'sentenceLength', labels: ['length', 'duration', 'term'], inSection: ['sentence', 'order', 'disposal'] },
  // Bare "Start date" / "End date" belong to whatever the section is about: not a registration's, a condition's or an address's.
  { fact: 'sentenceDate', labels: ['start date'], notInSection: ['registration', 'flag', 'address', 'condition', 'requirement', 'contact', 'appointment', 'alert', 'programme', 'intervention'] },
  { fact: 'licenceEndDate', labels: ['end date'], notInSection: ['registration', 'flag', 'address', 'condition', 'requirement', 'contact', 'appointment', 'alert', 'programme', 'intervention'] },
  { fact: 'dateOfBirth', labels: ['date of birth', 'dob', 'd o b', 'birth date', 'born', 'date of birth age'] },
  { fact: 'sex', labels: ['sex', 'gender', 'sex at birth', 'legal sex', 'sex gender', 'gender sex'] },
  {
    fact: 'offence',
    labels: ['offence', 'offences', 'main offence', 'index offence', 'offence description', 'principal offence', 'additional offence', 'additional offences', 'other offence', 'other offences', 'offence type', 'main offence description', 'conviction', 'offence s', 'charge', 'charges'],
  },
  { fact: 'offenceDate', labels: ['offence date', 'date of offence', 'date of offence s', 'offence committed', 'offence committed on'] },
  { fact: 'offenceOutcome', labels: ['conviction or caution', 'outcome', 'conviction caution'] },
  { fact: 'convictionDate', labels: ['conviction date', 'date of conviction', 'convicted on', 'caution date', 'date of caution', 'cautioned on'] },
  { fact: 'sentenceType', labels: ['sentence', 'sentence type', 'order', 'order type', 'disposal', 'sentence order', 'disposal type', 'sentence or order', 'court order', 'main sentence', 'sentence description', 'order description'] },
  { fact: 'sentenceLength', labels: ['length', 'sentence length', 'order length', 'length of sentence', 'length of order', 'term', 'custodial term'] },
  {
    fact: 'sentenceDate',
    labels: ['sentence date', 'date of sentence', 'sentenced on', 'order date', 'date of order', 'order start date', 'sentence start date', 'sentence started', 'order started', 'order start', 'date sentenced'],
  },
  {
    fact: 'releaseDate',
    labels: ['release date', 'crd', 'conditional release date', 'actual release date', 'ard', 'date of release', 'released on', 'expected release date', 'date released on licence', 'released on licence', 'licence started', 'licence start date', 'licence start', 'release on licence', 'licence starts', 'hdc actual date', 'hdcad', 'home detention curfew actual date', 'actual hdc date'],
  },
  {
    fact: 'licenceEndDate',
    labels: ['licence end date', 'led', 'licence expiry date', 'licence expiry', 'sled', 'sentence and licence expiry date', 'sentence expiry date', 'sed', 'order end date', 'expected sentence end date', 'sentence end date', 'licence ends', 'licence end', 'order ends', 'order end', 'licence expires', 'licence expires on', 'your licence expires on'],
  },
  { fact: 'requirements', labels: ['requirements', 'order requirements', 'requirement', 'community requirements', 'sentence requirements'] },
  { fact: 'standardConditions', labels: ['standard conditions', 'standard licence conditions'] },
  {
    fact: 'additionalConditions',
    labels: ['additional conditions', 'additional licence conditions', 'licence conditions', 'conditions', 'bespoke conditions', 'licence conditions additional', 'condition', 'licence condition', 'additional condition', 'bespoke condition', 'additional licence condition', 'bespoke licence conditions'],
  },
  {
    fact: 'rosh',
    labels: ['rosh', 'risk of serious harm', 'rosh level', 'risk of serious harm level', 'overall rosh', 'overall risk of serious harm', 'rosh rating', 'rosh risk of serious harm', 'risk of serious harm in the community', 'rosh in the community', 'overall risk level', 'overall rosh level', 'risk of serious harm rosh'],
  },
  { fact: 'mappa', labels: ['mappa', 'mappa category and level', 'mappa status', 'mappa category level'] },
  { fact: 'mappaCategory', labels: ['mappa category', 'mappa cat'] },
  { fact: 'mappaLevel', labels: ['mappa level', 'mappa management level'] },
  { fact: 'lastOasys', labels: ['last completed oasys', 'last oasys', 'oasys completed', 'date of last oasys', 'oasys date', 'last oasys assessment', 'latest oasys', 'oasys last completed', 'last oasys completed', 'oasys completion date', 'latest oasys assessment', 'last completed oasys assessment'] },
  { fact: 'contactFrequency', labels: ['contact frequency', 'frequency of contact', 'reporting frequency', 'reporting instructions', 'contact level', 'level of contact', 'supervision frequency'] },
  { fact: 'caseNotes', labels: ['case notes', 'case note', 'notes', 'contact notes', 'contact log', 'latest note', 'latest contact', 'contact note'] },
  { fact: 'orders', labels: ['orders', 'civil orders', 'ancillary orders', 'shpo', 'sopo', 'sro', 'sexual harm prevention order', 'sexual risk order', 'preventive orders'] },
]);

/**
 * Labels of who the case is about (name, CRN, PNC number, prison number): kept apart from the
 * rule facts so a page's identity never stands in for a fact the rules need.
 */
export const IDENTITY_VOCABULARY: VocabularyEntry[] = z.array(Entry).parse([
  { fact: 'name', labels: ['name', 'full name'], inSection: ['personal', 'defendant', 'identity', 'person details', 'prisoner details', 'about'] },
  { fact: 'name', labels: ['defendant name', 'offender name', 'prisoner name', 'name of person', 'person name', 'full name', 'defendant', 'person on probation', 'name of offender'] },
  { fact: 'crn', labels: ['crn', 'case reference number', 'crn number', 'ndelius crn', 'delius crn'] },
  { fact: 'pncNumber', labels: ['pnc', 'pnc number', 'pnc id', 'pnc no', 'pnc ref', 'police national computer number'] },
  { fact: 'prisonNumber', labels: ['prison number', 'prisoner number', 'noms number', 'noms id', 'noms', 'prison no', 'prisoner no', 'offender number'] },
]);

/** Lower case, punctuation to spaces, parenthesised asides kept as words ("Risk of serious harm (RoSH)"). */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const withoutAside = (label: string) => normaliseLabel(label.replace(/\(.*?\)/g, ' '));

/**
 * `normaliseLabel`, each label as written normalised once: a page repeats its labels (a table's
 * column headers on every row), the panel reads a page more than once, and a normalised label
 * found here is already hashed for the index's lookup. Bounded, so a long session cannot grow it.
 */
function labelKey(label: string): string {
  let key = labelKeys.get(label);
  if (key === undefined) {
    if (labelKeys.size >= 20_000) labelKeys.clear();
    key = normaliseLabel(label);
    labelKeys.set(label, key);
  }
  return key;
}
const labelKeys = new Map<string, string>();

/**
 * Vocabulary entries by normalised label, each list in vocabulary order (entries that need a
 * section come first and win when the section fits), built once per vocabulary: reading runs on
 * every change of the page, and a page can have ten thousand fields.
 */
interface LabelIndex {
  entries: Map<string, VocabularyEntry[]>;
  order: Map<VocabularyEntry, number>;
}
const indexes = new WeakMap<VocabularyEntry[], LabelIndex>();

function indexOf(vocabulary: VocabularyEntry[]): LabelIndex {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = { entries: new Map(), order: new Map(vocabulary.map((entry, i) => [entry, i])) };
    for (const entry of vocabulary)
      for (const label of entry.labels) {
        const key = normaliseLabel(label);
        const list = index.entries.get(key) ?? [];
        // Two labels of one entry can normalise alike ("offence s", "offence's"): listed once.
        if (!list.includes(entry)) list.push(entry);
        index.entries.set(key, list);
      }
    indexes.set(vocabulary, index);
  }
  return index;
}

/** The section's words, normalised once for the many fields under one heading. */
let lastSection: { raw: string; text: string } = { raw: '', text: '' };
function sectionWords(section: string): string {
  if (section !== lastSection.raw) lastSection = { raw: section, text: normaliseLabel(section) };
  return lastSection.text;
}

/** The fact a field is, by its label (and section), or undefined when the vocabulary does not know it. */
export function factForLabel(label: string, section: string | undefined, vocabulary = VOCABULARY): FactId | undefined {
  const index = indexOf(vocabulary);
  const key = labelKey(label);
  let candidates = index.entries.get(key);
  // "Risk of serious harm (RoSH)" is also tried as "Risk of serious harm"; only a label with an aside can differ.
  if (label.includes('(')) {
    const bare = withoutAside(label);
    const more = bare !== key ? index.entries.get(bare) : undefined;
    if (more) candidates = candidates ? [...new Set([...candidates, ...more])].sort((a, b) => index.order.get(a)! - index.order.get(b)!) : more;
  }
  if (!candidates) return undefined;
  const sectionText = sectionWords(section ?? '');
  // In vocabulary order: entries that need a section come first and win when the section fits.
  return candidates.find(
    (e) =>
      (!e.inSection || e.inSection.some((word) => sectionText.includes(word))) &&
      !e.notInSection?.some((word) => sectionText.includes(word)),
  )?.fact;
}
