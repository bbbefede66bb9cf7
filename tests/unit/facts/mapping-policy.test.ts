import { describe, expect, it } from 'vitest';
import { identityWords, labelRefusal, parseSite, planImport, vocabularyClash } from '@/lib/facts/mapping-policy';
import type { FieldMapping } from '@/lib/facts/mappings';

const file = (site: string, mappings: FieldMapping[]) => ({ format: 'case-guidance-mappings' as const, version: 1 as const, site, mappings });

describe('what a saved mapping may hold', () => {
  it.each(['Rel Dt', 'Index offence', 'Risk level', 'Supervising officer', 'Tier'])('keeps a label: %s', (label) => {
    expect(labelRefusal(label)).toBeUndefined();
  });

  it.each([
    ['Home visit: new partner Philippa Quarrington (Q918273)', /longer than a label|identifier|title/],
    ['Seen 12/03/2026', /number, date or identifier/],
    ['X123456', /identifier/],
    ['Visit (Q918273)', /identifier/],
    ['a'.repeat(250), /longer than a label/],
    ['one two three four five six seven eight nine', /more words/],
    ['Note: called', /title or a note/],
  ])('refuses case data dressed as a label: %s', (label, why) => {
    expect(labelRefusal(label)).toMatch(why);
  });

  it('a mapping may not silently change what the vocabulary reads', () => {
    expect(vocabularyClash({ label: 'Date of birth', fact: 'caseNotes' })).toBe('"Date of birth" is already read as Date of birth');
    expect(vocabularyClash({ label: 'Date of birth', fact: 'dateOfBirth' })).toBeUndefined();
    expect(vocabularyClash({ label: 'Rel Dt', fact: 'releaseDate' })).toBeUndefined();
  });

  it('a site is an origin, with no user information that hides its real host', () => {
    expect(parseSite('https://ndelius.example.gov.uk')).toEqual({ ok: true, origin: 'https://ndelius.example.gov.uk' });
    expect(parseSite('https://ndelius.example.gov.uk@evil.example')).toMatchObject({ ok: false, error: expect.stringContaining('evil.example') });
    expect(parseSite('https://a.example/path')).toMatchObject({ ok: false });
    expect(parseSite('javascript:alert(1)')).toMatchObject({ ok: false });
  });
});

describe('planning an import', () => {
  const many = (n: number, prefix: string): FieldMapping[] => Array.from({ length: n }, (_, i) => ({ label: `${prefix} ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${'x'.repeat(Math.floor(i / 676))}`, fact: 'caseNotes' }));

  it('600 saved and 600 imported: a clear refusal, nothing half-saved', () => {
    const plan = planImport(file('https://a.example', many(600, 'Imported')), many(600, 'Saved'), 'https://a.example');
    expect(plan).toEqual({ ok: false, error: 'Nothing was imported: https://a.example would have 1200 mappings, and the most a site can have is 1000.' });
  });

  it('one bad mapping refuses the whole file, saying which and why', () => {
    const plan = planImport(file('https://a.example', [{ label: 'Rel Dt', fact: 'releaseDate' }, { label: 'Date of birth', fact: 'caseNotes' }]), [], 'https://a.example');
    expect(plan).toMatchObject({ ok: false, error: expect.stringContaining('"Date of birth": "Date of birth" is already read as Date of birth') });
  });

  it('a section in a file is case data too when it names a person: the file is refused', () => {
    const plan = planImport(file('https://a.example', [{ label: 'Rel Dt', section: 'Philippa Quarrington (Q918273)', fact: 'releaseDate' }]), [], 'https://a.example');
    expect(plan).toMatchObject({ ok: false, error: expect.stringContaining('its section "Philippa Quarrington (Q918273)" cannot be kept') });
    expect(planImport(file('https://a.example', [{ label: 'Rel Dt', section: 'Licence', fact: 'releaseDate' }]), [], 'https://a.example')).toMatchObject({ ok: true });
  });

  it('merges with what the site has, and says when the file is for another site', () => {
    const plan = planImport(file('https://b.example', [{ label: 'Rel Dt', fact: 'releaseDate' }]), [{ label: 'Lvl', fact: 'mappaLevel' }], 'https://a.example');
    expect(plan).toEqual({ ok: true, site: 'https://b.example', merged: [{ label: 'Lvl', fact: 'mappaLevel' }, { label: 'Rel Dt', fact: 'releaseDate' }], added: 1, existing: 1, otherSite: true });
  });
});

describe('labels holding whose case is open', () => {
  const source = { label: 'Name', raw: 'x', locator: { frameId: 0, readId: 'r', index: 0 } };
  const words = identityWords({ name: { value: 'Mrs Caroline Wolff', source }, crn: { value: 'X000001', source } });

  it('the name parts and numbers of the person, without titles or short parts', () => {
    expect(words).toEqual(['Caroline', 'Wolff', 'X000001']);
    expect(identityWords({ name: { value: 'Jo Li', source } })).toEqual([]);
    expect(identityWords(undefined)).toEqual([]);
  });

  it.each(['Caroline Wolff', 'Wolff', 'Notes on caroline', 'Wolff, C'])('refuses "%s": it names the person', (label) => {
    expect(labelRefusal(label, words)).toMatch(/name or a number of the person/);
  });

  it("an import in the panel refuses a section holding the open case's name", () => {
    const plan = planImport({ format: 'case-guidance-mappings', version: 1, site: 'https://ndelius.example', mappings: [{ label: 'RSR', section: 'Caroline Wolff', fact: 'caseNotes' }] } as Parameters<typeof planImport>[0], [], 'https://ndelius.example', words);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error).toMatch(/section "Caroline Wolff" cannot be kept: it holds the name/);
  });

  it.each(['Release date', 'Wolffhound register', 'Carolines', 'Risk of serious harm'])('keeps "%s": no word of the person in it', (label) => {
    expect(labelRefusal(label, words)).toBeUndefined();
  });
});
