import { describe, expect, it } from 'vitest';
import { caseIdentity, identityReadingOf, normalisePnc } from '@/lib/case/identity';
import { caseOf, forget, MAX_CASES, mergedFields, pageKey, pagesByRead, readAgo, remember, sameCase, type PageReading } from '@/lib/case/memory';
import { extractCase } from '@/lib/facts/extract';
import type { Field } from '@/lib/reader/types';

let reads = 0;
function page(url: string, pairs: Array<[string, string, string?]>, readAt = 0): PageReading {
  const readId = `r${++reads}`;
  const fields: Field[] = pairs.map(([label, value, section], index) => ({
    label,
    value,
    kind: 'summary',
    ...(section ? { section } : {}),
    locator: { frameId: 0, readId, index },
  }));
  return { key: pageKey(url), url, title: url, readAt, fields };
}

describe('case identity', () => {
  it('normalises CRNs, PNC numbers and prison numbers as systems write them', () => {
    expect(caseIdentity({ crn: ' x000001 ', pnc: '2004/0012345X', prisonNumber: 'a1234bc' })).toEqual({
      crn: 'X000001',
      pnc: '04/12345X',
      prisonNumber: 'A1234BC',
    });
    expect(normalisePnc('04/12345X')).toBe(normalisePnc('2004/0012345x'));
  });

  it('uses a name only together with a date of birth, in either name order', () => {
    expect(caseIdentity({ name: 'Caroline Wolff' }).nameAndBirth).toBeUndefined();
    const a = caseIdentity({ name: 'Wolff, Caroline', dateOfBirth: '1979-08-18' });
    const b = caseIdentity({ name: 'caroline  WOLFF', dateOfBirth: '1979-08-18' });
    expect(sameCase(a, b)).toBe(true);
    expect(sameCase(a, caseIdentity({ name: 'Caroline Wolff', dateOfBirth: '2002-01-09' }))).toBe(false);
  });

  it('never mixes two people: a system identifier that differs decides, even when others agree', () => {
    expect(sameCase({ crn: 'X1', pnc: '04/1A' }, { crn: 'X1', pnc: '05/2B' })).toBe(false);
    expect(sameCase({ crn: 'X1', nameAndBirth: 'a|1' }, { crn: 'X2', nameAndBirth: 'a|1' })).toBe(false);
    expect(sameCase({ crn: 'X1', nameAndBirth: 'a|1' }, { crn: 'X1', nameAndBirth: 'a|2' })).toBe(true);
    expect(sameCase({}, {})).toBe(false);
  });
});

describe('case memory', () => {
  it('keeps the pages of one case and merges their fields; the same page read again replaces its reading', () => {
    const overview = page('https://mpop.example/case/X1', [['CRN', 'X1'], ['Sex', 'Male']]);
    const sentence = page('https://mpop.example/case/X1/sentence', [['CRN', 'X1'], ['Offence', 'Rape']]);
    let cases = remember([], { crn: 'X1' }, overview);
    cases = remember(cases, { crn: 'X1' }, sentence);
    expect(cases).toHaveLength(1);
    const merged = mergedFields(sentence, caseOf(cases, { crn: 'X1' }));
    // The header both pages show is taken once, from the current page.
    expect(merged.map((f) => f.label)).toEqual(['CRN', 'Offence', 'Sex']);
    expect(merged[0]!.locator.readId).toBe(sentence.fields[0]!.locator.readId);

    const again = page('https://mpop.example/case/X1#top', [['CRN', 'X1'], ['Sex', 'Female']]);
    cases = remember(cases, { crn: 'X1' }, again);
    expect(cases[0]!.pages.map((p) => p.key)).toEqual(['https://mpop.example/case/X1', 'https://mpop.example/case/X1/sentence']);
    expect(extractCase(mergedFields(sentence, cases[0])).sex?.value).toBe('female');
  });

  it('pages of the case that disagree give a conflict, not a silent choice', () => {
    const details = page('https://x/case/X1/personal-details', [['CRN', 'X1'], ['Date of birth', '18 August 1979']]);
    const overview = page('https://x/case/X1', [['CRN', 'X1'], ['Date of birth', '9 January 2002']]);
    const cases = remember(remember([], { crn: 'X1' }, details), { crn: 'X1' }, overview);
    const record = extractCase(mergedFields(overview, cases[0]));
    expect(record.dateOfBirth).toBeUndefined();
    expect(record.conflicts.map((c) => c.fact)).toEqual(['dateOfBirth']);
  });

  it('merges nothing from a page whose person cannot be told, or of another person', () => {
    const a = page('https://x/case/X1', [['Sex', 'Male']]);
    const anon = page('https://x/search', [['Sex', 'Female']]);
    let cases = remember([], { crn: 'X1' }, a);
    cases = remember(cases, {}, anon);
    expect(cases).toHaveLength(1);
    expect(caseOf(cases, {})).toBeUndefined();
    expect(mergedFields(anon, caseOf(cases, {})).map((f) => f.value)).toEqual(['Female']);

    const b = page('https://x/case/X2', [['Sex', 'Female']]);
    cases = remember(cases, { crn: 'X2' }, b);
    expect(cases.map((c) => c.identity.crn)).toEqual(['X2', 'X1']);
    expect(mergedFields(b, caseOf(cases, { crn: 'X2' })).map((f) => f.value)).toEqual(['Female']);
  });

  it('forgets one case on request and keeps at most a few cases', () => {
    let cases = remember([], { crn: 'X1' }, page('https://x/1', [['Sex', 'Male']]));
    cases = remember(cases, { crn: 'X2' }, page('https://x/2', [['Sex', 'Male']]));
    expect(forget(cases, { crn: 'X1' }).map((c) => c.identity.crn)).toEqual(['X2']);
    for (let i = 3; i < 12; i++) cases = remember(cases, { crn: `X${i}` }, page(`https://x/${i}`, [['Sex', 'Male']]));
    expect(cases).toHaveLength(MAX_CASES);
  });

  it('says which page a fact was read on, and how long ago', () => {
    const sentence = page('https://x/case/X1/sentence', [['Offence', 'Rape']]);
    const cases = remember([], { crn: 'X1' }, sentence);
    expect(pagesByRead(cases[0]).get(sentence.fields[0]!.locator.readId)?.key).toBe('https://x/case/X1/sentence');
    expect(pagesByRead(cases[0]).get('elsewhere')).toBeUndefined();
    expect(readAgo(0, 30_000)).toBe('read just now');
    expect(readAgo(0, 2 * 60_000)).toBe('read 2 minutes ago');
    expect(readAgo(0, 61 * 60_000)).toBe('read 1 hour ago');
  });
});

describe('whose case a page is', () => {
  const fact = (value: string) => ({ value });
  it('takes the record\'s identity facts, checked against their formats, and a CRN from the address', () => {
    expect(identityReadingOf({ crn: fact('X000001'), prisonNumber: fact('A1234BC'), pncNumber: fact('not a pnc'), name: fact('Caroline Wolff') }, 'https://x/', '1979-08-18')).toEqual({
      crn: 'X000001',
      prisonNumber: 'A1234BC',
      name: 'Caroline Wolff',
      dateOfBirth: '1979-08-18',
    });
    expect(identityReadingOf(undefined, 'https://mpop.example/case/X778160/risk').crn).toBe('X778160');
    expect(identityReadingOf({ name: fact('12 High St') }, 'https://x/')).toEqual({});
  });

  it('reads the identity of a real page through the vocabulary', () => {
    const f = (label: string, value: string, index: number) => ({ label, value, kind: 'label-value' as const, locator: { frameId: 0, readId: 'r', index } });
    const record = extractCase([f('CRN', 'X000001', 0), f('Prison number', 'A1234BC', 1)]);
    expect(identityReadingOf(record.identity, 'https://x/')).toMatchObject({ crn: 'X000001', prisonNumber: 'A1234BC' });
  });
});

describe('pages that agree in different words', () => {
  it('"4 years" on one page and "48 months" on another are one sentence length, not a conflict', () => {
    const a = page('https://x/case/X1', [['Sentence', 'Custody'], ['Length', '4 years']]);
    const b = page('https://x/case/X1/sentence', [['Sentence', 'Custody'], ['Length', '48 months']]);
    const record = extractCase(mergedFields(b, remember([], { crn: 'X1' }, a)[0]));
    expect(record.conflicts).toEqual([]);
    expect(record.disposal?.length?.value).toEqual({ kind: 'fixed', duration: { years: 0, months: 48, weeks: 0, days: 0 } });
  });
});

describe('CRN formats', () => {
  it('a labelled CRN may be any short letters-and-digits code; one in an address must be the nDelius shape', () => {
    const fact = (value: string) => ({ value });
    expect(identityReadingOf({ crn: fact('DX12340A') }, 'https://x/').crn).toBe('DX12340A');
    expect(identityReadingOf({ crn: fact('see notes') }, 'https://x/').crn).toBeUndefined();
    expect(identityReadingOf({ crn: fact('12345678') }, 'https://x/').crn).toBeUndefined();
    expect(identityReadingOf(undefined, 'https://x/record/AB12CD34/summary').crn).toBeUndefined();
  });
});
