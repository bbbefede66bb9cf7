/**
 * The indexes and caches that make reading a large page fast give the answers of the plain
 * searches they replace. Each plain search is written out here as the reference: the
 * vocabulary scanned in order, every mapping compared, every pattern tried.
 */
import { describe, expect, it } from 'vitest';
import { anyOf, firstMatching } from '@/lib/facts/any-of';
import { parseDateInText, parseUkDate } from '@/lib/facts/dates';
import { classifyDisposal, DISPOSAL_WORDINGS } from '@/lib/facts/disposals';
import { isPlain } from '@/lib/facts/extract';
import { mappingFor, mappingIndex, type FieldMapping } from '@/lib/facts/mappings';
import { classifyOffence, SEXUAL_OFFENCES } from '@/lib/facts/offences';
import { factForLabel, FactId, IDENTITY_VOCABULARY, normaliseLabel, VOCABULARY, type VocabularyEntry } from '@/lib/facts/vocabulary';
import { SCHEDULE_3 } from '@/lib/law/schedule3';
import type { Field } from '@/lib/reader/types';

/** The vocabulary searched without an index: every entry in order, the label with and without its aside. */
const normalisedLabels = new Map<VocabularyEntry, string[]>();
function referenceFact(label: string, section: string | undefined, vocabulary: VocabularyEntry[]): FactId | undefined {
  const keys = new Set([normaliseLabel(label), normaliseLabel(label.replace(/\(.*?\)/g, ' '))]);
  const sectionText = normaliseLabel(section ?? '');
  const labelsOf = (e: VocabularyEntry) => normalisedLabels.get(e) ?? normalisedLabels.set(e, e.labels.map(normaliseLabel)).get(e)!;
  return vocabulary.find(
    (e) =>
      labelsOf(e).some((l) => keys.has(l)) &&
      (!e.inSection || e.inSection.some((w) => sectionText.includes(w))) &&
      !e.notInSection?.some((w) => sectionText.includes(w)),
  )?.fact;
}

const FIELD_VOCABULARY = [...VOCABULARY, ...IDENTITY_VOCABULARY];
const SECTION_WORDS = [...new Set(FIELD_VOCABULARY.flatMap((e) => [...(e.inSection ?? []), ...(e.notInSection ?? [])]))];
/** Every heading a label is tried under: none, each word an entry asks for or refuses (as written in a heading), and unrelated ones. */
const SECTIONS = [undefined, '', 'Personal details', 'Appointments', ...SECTION_WORDS.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)} details`), 'Offences: sentence', 'MAPPA registration'];
/**
 * Labels as pages write them: as listed, shouted with a colon, with an aside, with the aside
 * first, and with an aside that makes another label ("Conviction (date)" is both "conviction
 * date" and "conviction": the entry listed first decides).
 */
const SPELLINGS = (label: string) => [label, `${label.toUpperCase()}:`, `${label} (RoSH)`, `(Required) ${label}`, `${label}?`, `${label} (date)`, `${label} (level)`];

describe('the vocabulary index', () => {
  const labels = [...new Set(FIELD_VOCABULARY.flatMap((e) => e.labels)), 'Risk of serious harm (RoSH)', 'Date (of offence)', 'Key 1.2', 'Field 7', ''];

  it('names the fact the vocabulary scanned in order names, for every label of every entry under every heading', { timeout: 60_000 }, () => {
    let named = 0;
    const wrong: string[] = [];
    for (const label of labels)
      for (const spelling of SPELLINGS(label))
        for (const section of SECTIONS)
          for (const vocabulary of [VOCABULARY, IDENTITY_VOCABULARY, FIELD_VOCABULARY]) {
            const want = referenceFact(spelling, section, vocabulary);
            const got = factForLabel(spelling, section, vocabulary);
            if (got !== want) wrong.push(`${spelling} under ${section}: ${got}, not ${want}`);
            if (want) named += 1;
          }
    expect(wrong.slice(0, 10)).toEqual([]);
    // The comparison covers labels that are facts, not only ones that are not.
    expect(named).toBeGreaterThan(2000);
  });

  it('a label asked again, under another heading, or after more labels than are kept normalised, names the same fact', () => {
    const asked = ['Date', 'Type', 'Level', 'Name', 'Date of birth', 'RoSH'];
    const answers = () => asked.flatMap((label) => SECTIONS.map((section) => factForLabel(label, section, FIELD_VOCABULARY)));
    const reference = asked.flatMap((label) => SECTIONS.map((section) => referenceFact(label, section, FIELD_VOCABULARY)));
    expect(answers()).toEqual(reference);
    expect(answers()).toEqual(reference);
    // More distinct labels than the normalised labels kept (20,000): the store is emptied, never wrong.
    for (let i = 0; i < 25_000; i++) expect(factForLabel(`Field ${i}`, undefined)).toBeUndefined();
    expect(answers()).toEqual(reference);
  });

  it('a label and its aside-less form name different facts: the entry listed first decides', () => {
    expect(factForLabel('Conviction (date)', undefined)).toBe('offence');
    expect(factForLabel('Conviction date', undefined)).toBe('convictionDate');
    expect(factForLabel('Offence (date)', 'Offences')).toBe('offence');
  });

  it('an entry that needs its heading wins under it, and gives way elsewhere', () => {
    expect(factForLabel('Date', 'Offence details')).toBe('offenceDate');
    expect(factForLabel('Type', 'Sentence')).toBe('sentenceType');
    expect(factForLabel('Type', 'Sentence report')).toBeUndefined();
    expect(factForLabel('Level', 'MAPPA')).toBe('mappaLevel');
    expect(factForLabel('Level', 'RoSH summary')).toBe('rosh');
    expect(factForLabel('Name', 'Personal details', FIELD_VOCABULARY)).toBe('name');
    expect(factForLabel('Name', 'Offences', FIELD_VOCABULARY)).toBe('offence');
  });

  it('reads a heading afresh when the fields change heading, and back again', () => {
    for (let i = 0; i < 3; i++) {
      expect(factForLabel('Date', 'Offences')).toBe('offenceDate');
      expect(factForLabel('Date', 'Appointments')).toBeUndefined();
    }
  });
});

/** The mappings searched without an index: the first that fits, in list order. */
function referenceMapping(field: { label: string; section?: string }, mappings: FieldMapping[]): FactId | undefined {
  return mappings.find((m) => normaliseLabel(m.label) === normaliseLabel(field.label) && (m.section === undefined || normaliseLabel(m.section) === normaliseLabel(field.section ?? '')))?.fact;
}

describe('the site mappings index', () => {
  const mappings: FieldMapping[] = [
    { label: 'Rel Dt', fact: 'releaseDate' },
    { label: 'rel-dt', section: 'Custody', fact: 'licenceEndDate' },
    { label: 'Date', section: 'custody', fact: 'releaseDate' },
    { label: 'Date', section: 'Custody!', fact: 'sentenceDate' },
    { label: 'DATE', fact: 'offenceDate' },
    { label: 'Type', section: '', fact: 'sentenceType' },
    { label: 'Type', section: 'Order', fact: 'orders' },
  ];
  const fields = ['REL DT:', 'rel dt', 'Date', 'date', 'Type', 'Other'].flatMap((label) =>
    [undefined, '', 'custody', 'CUSTODY', 'Order', 'Anything'].map((section) => (section === undefined ? { label } : { label, section })),
  );

  it('finds the mapping the list searched in order finds, for every field and every tail of the list', () => {
    let mapped = 0;
    for (let from = 0; from <= mappings.length; from++) {
      const list = mappings.slice(from);
      const lookup = mappingIndex(list);
      for (const field of fields) {
        const want = referenceMapping(field, list);
        expect(lookup(field), `${field.label} / ${field.section} from ${from}`).toBe(want);
        expect(mappingFor(field, list)).toBe(want);
        if (want) mapped += 1;
      }
    }
    expect(mapped).toBeGreaterThan(40);
  });

  it('the first mapping that fits wins: a label-only mapping listed first covers every section', () => {
    expect(mappingIndex(mappings)({ label: 'Date', section: 'Custody' })).toBe('releaseDate');
    expect(mappingIndex(mappings.slice(3))({ label: 'Date', section: 'Custody' })).toBe('sentenceDate');
    expect(mappingIndex(mappings.slice(4))({ label: 'Date', section: 'Custody' })).toBe('offenceDate');
    expect(mappingIndex([])({ label: 'Date' })).toBeUndefined();
  });
});

describe('the date cache', () => {
  const wordings = ['18/08/1979', '4th Sept 2025', '31/02/2020', '1/1/99', '1979-08-18', 'Monday, 4 March 2025', 'not a date', '', '1 May 1899'];

  it('gives the same reading the second time a wording is read', () => {
    const first = wordings.map((w) => parseUkDate(w));
    expect(wordings.map((w) => parseUkDate(w))).toEqual(first);
    expect(first.slice(0, 2)).toEqual([{ ok: true, value: '1979-08-18' }, { ok: true, value: '2025-09-04' }]);
    expect(first[2]).toEqual({ ok: false, reason: '"31/02/2020" is not a real date' });
  });

  it('hands out copies: a caller changing its reading changes no one else’s', () => {
    const mine = parseUkDate('18 August 1979');
    (mine as { value: string }).value = 'changed';
    expect(parseUkDate('18 August 1979')).toEqual({ ok: true, value: '1979-08-18' });
    expect(parseDateInText('Started on 18 August 1979')).toEqual({ ok: true, value: '1979-08-18' });
  });

  it('writes the ISO date with four-digit years and two-digit months and days', () => {
    expect(parseUkDate('1/2/1900')).toEqual({ ok: true, value: '1900-02-01' });
    expect(parseUkDate('31 December 2200')).toEqual({ ok: true, value: '2200-12-31' });
  });
});

/** Wordings each list must tell apart: its own examples, and texts that are none of them. */
const OTHER_TEXTS = ['Offence 12', 'Theft from a shop - 04904', 'Burglary (dwelling)', 'Value 3.4', 'Fine art', 'Co-defendant', '', 'SENTENCE', 'Breach of SHPO'];
const LISTS: Array<{ name: string; entries: Array<[string, RegExp[]]>; texts: string[] }> = [
  { name: 'sexual offences', entries: SEXUAL_OFFENCES.map((o) => [o.id, [new RegExp(o.match, 'i')]]), texts: SEXUAL_OFFENCES.map((o) => o.example) },
  { name: 'disposals', entries: DISPOSAL_WORDINGS.map((w) => [w.type, [w.pattern]]), texts: DISPOSAL_WORDINGS.map((w) => w.example) },
  { name: 'Schedule 3', entries: SCHEDULE_3.map((e) => [e.id, e.patterns.map((p) => new RegExp(p, 'i'))]), texts: SCHEDULE_3.flatMap((e) => e.examples.map((x) => x.text)) },
];

describe('unions of wordings', () => {
  for (const { name, entries, texts } of LISTS)
    it(`${name}: the union matches a text exactly when one of the wordings does`, () => {
      const union = anyOf(entries.flatMap(([, patterns]) => patterns));
      for (const text of [...texts, ...OTHER_TEXTS, ...texts.map((t) => t.toUpperCase()), ...texts.map((t) => `Attempted ${t.toLowerCase()} - 02000`)])
        expect(union.test(text), text).toBe(entries.some(([, patterns]) => patterns.some((p) => p.test(text))));
    });

  for (const { name, entries, texts } of LISTS)
    it(`${name}: the first matching entry is the one the list searched in order gives, before and after the union is used`, () => {
      const all = [...texts, ...OTHER_TEXTS];
      const want = all.map((text) => entries.find(([, patterns]) => patterns.some((p) => p.test(text)))?.[0]);
      expect(want.filter(Boolean).length).toBeGreaterThanOrEqual(texts.length);
      for (const after of [0, 5, 1000]) {
        const find = firstMatching(entries, after);
        expect([...all, ...all].map(find), `after ${after}`).toEqual([...want, ...want]);
      }
    });

  it('classifyOffence and classifyDisposal still name every example', () => {
    for (let round = 0; round < 3; round++) {
      for (const o of SEXUAL_OFFENCES) expect(classifyOffence(o.example).sexual, o.example).toBe(true);
      for (const w of DISPOSAL_WORDINGS) expect(classifyDisposal(w.example), w.example).toBe(w.type);
      // Past the point where the union is built: ordinary offences are still not sexual.
      for (let i = 0; i < 30; i++) expect(classifyOffence(`Offence ${i}`)).toEqual({ sexual: false });
    }
  });

  it('refuses a back-reference and a pattern with other flags', () => {
    expect(() => anyOf(['(a)\\1'])).toThrow(/back-reference/);
    expect(() => anyOf([/x/g])).toThrow(/flags/);
    expect(anyOf([]).test('anything')).toBe(false);
  });
});

describe('plain fields', () => {
  const field = (over: Partial<Field>): Field => ({ label: 'Key 1.2', value: 'Value 1.2', kind: 'summary', locator: { frameId: 0, readId: '0', index: 0 }, ...over });

  it('an ordinary field with no fact is plain', () => {
    for (const f of [field({}), field({ kind: 'table', label: 'Field 7', value: 'v7', section: 'Card 3' }), field({ section: 'Licence conditions details' })]) expect(isPlain(f)).toBe(true);
  });

  it('a field any per-event pass could read is not', () => {
    for (const f of [
      field({ label: 'Condition' }),
      field({ label: 'Imposed (Release) date' }),
      field({ label: 'Subtype' }),
      field({ label: 'Description' }),
      field({ label: 'Ended on 23 Jan 2018' }),
      field({ value: 'Terminated - 23 Jan 2018' }),
      field({ value: 'Started on 20 May 2019' }),
      field({ value: '3 days elapsed (of 24 months)' }),
      field({ kind: 'label-value', label: 'ORA Community Order (18 Months)' }),
      field({ items: ['Ended on 1 May 2020'] }),
      field({ items: [] }),
      field({ section: 'Additional licence conditions (6)' }),
    ])
      expect(isPlain(f), JSON.stringify(f)).toBe(false);
  });
});
