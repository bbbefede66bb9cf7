import { describe, expect, it } from 'vitest';
import { classifyOffence, SEXUAL_OFFENCES } from '@/lib/facts/offences';
import { factForLabel, VOCABULARY } from '@/lib/facts/vocabulary';
import { classifyCondition, LICENCE_RULES } from '@/lib/facts/licence-conditions';

describe('classifyOffence', () => {
  it.each(SEXUAL_OFFENCES.map((o) => [o.id, o.example, o.statute]))('%s: "%s" is a sexual offence (%s)', (id, example) => {
    const c = classifyOffence(example);
    expect(c.sexual).toBe(true);
    expect(c.offence?.id).toBe(id);
  });

  it.each([
    ['Sexual assault on a female - 02000', 'contact-adult'],
    ['Sexual assault of a female child under 13', 'contact-child'],
    ['Rape of a child under 13', 'contact-child'],
    ['Causing or inciting a child to engage in sexual activity', 'contact-child'],
    ['Make indecent photograph or pseudo-photograph of a child - 08600', 'images-internet'],
    ['Possession of indecent photograph of a child', 'images-internet'],
    ['Exposure', 'non-contact'],
    ['Voyeurism', 'non-contact'],
  ])('%s is %s', (text, kind) => {
    expect(classifyOffence(text)).toMatchObject({ sexual: true, kind });
  });

  it.each([
    'Assault occasioning actual bodily harm',
    'Common assault',
    'Assault by beating',
    'Burglary (dwelling)',
    'Harassment without violence',
    'Breach of sexual harm prevention order',
    'Failure to comply with notification requirements',
    'Possession of an offensive weapon',
    'Indecent language',
    'Theft from a shop - 04600',
  ])('%s is not a sexual offence', (text) => {
    expect(classifyOffence(text).sexual).toBe(false);
  });

  it('a sexual Home Office offence code counts even when the words do not say which offence', () => {
    expect(classifyOffence('Other offence - 02000')).toMatchObject({ sexual: true, homeOfficeCode: '02000' });
    expect(classifyOffence('Obscene publications - 08600').sexual).toBe(false);
    expect(classifyOffence('Indecent publication - 08600').sexual).toBe(true);
  });
});

describe('vocabulary', () => {
  it.each([
    ['Date of birth', undefined, 'dateOfBirth'],
    ['DOB', undefined, 'dateOfBirth'],
    ['D.O.B.', undefined, 'dateOfBirth'],
    ['Sex', undefined, 'sex'],
    ['Gender', undefined, 'sex'],
    ['Main offence', undefined, 'offence'],
    ['Main Offence:', undefined, 'offence'],
    ['Offence', 'Offence 1 (main offence)', 'offence'],
    ['Order', undefined, 'sentenceType'],
    ['Sentence', undefined, 'sentenceType'],
    ['Sentence date', undefined, 'sentenceDate'],
    ['Release date', undefined, 'releaseDate'],
    ['CRD', undefined, 'releaseDate'],
    ['Licence conditions', undefined, 'additionalConditions'],
    ['ROSH', undefined, 'rosh'],
    ['Risk of serious harm (RoSH)', undefined, 'rosh'],
    ['Date', 'Offences', 'offenceDate'],
    ['Outcome', 'Offence 2', 'offenceOutcome'],
    ['Category', 'MAPPA', 'mappaCategory'],
    ['Last completed OASys', 'Risk', 'lastOasys'],
  ])('%s (in %s) is %s', (label, section, fact) => {
    expect(factForLabel(label, section)).toBe(fact);
  });

  it('does not name fields it does not know', () => {
    for (const [label, section] of [['Date', 'Appointments'], ['Name', undefined], ['CRN', undefined], ['Category', 'Tier'], ['Rel Dt', undefined]])
      expect(factForLabel(label!, section)).toBeUndefined();
  });

  it('every vocabulary label is unique to one fact outside a section', () => {
    const seen = new Map<string, string>();
    for (const entry of VOCABULARY.filter((e) => !e.inSection))
      for (const label of entry.labels) {
        expect(seen.get(label), `"${label}" is listed for two facts`).toBeUndefined();
        seen.set(label, entry.fact);
      }
  });
});

describe('licence conditions', () => {
  it.each([
    ['Not to have unsupervised contact or communication with any child under the age of 18', 'making or maintaining contact with a person', 'unsupervised contact with children'],
    ['Not to use or access any computer or device which is internet enabled without approval', 'possession, ownership, control or inspection of items or documents', 'internet-enabled devices'],
    ['Attend all appointments arranged for you to participate in the Horizon programme', 'participation in a programme or activities', 'programme attendance'],
    ['Not to enter any park, play area or swimming baths', 'freedom of movement', 'exclusion zones'],
    ['Notify your supervising officer of any developing intimate relationships', 'disclosure of information', 'disclosure of developing relationships'],
    ['Comply with any requirements to attend polygraph sessions', 'polygraph', 'polygraph'],
    ['Not to reside in any household where children under 18 live', 'restriction of residency', 'residing in a household with children'],
  ])('%s', (text, category, theme) => {
    const c = classifyCondition(text);
    expect(c.category).toBe(category);
    expect(c.themes).toContain(theme);
  });

  it('every rule is a valid regular expression', () => {
    for (const rule of LICENCE_RULES) expect(() => new RegExp(rule.match, 'i')).not.toThrow();
  });
});

describe('offence wordings and SOA 2003 Schedule 3 agree', () => {
  it('every sexual offence example names a Schedule 3 entry (classification alone never makes it notifiable)', async () => {
    const { schedule3EntryFor } = await import('@/lib/law/schedule3');
    const missing = SEXUAL_OFFENCES.filter((o) => !schedule3EntryFor(o.example)).map((o) => o.id);
    expect(missing).toEqual([]);
  });
});
