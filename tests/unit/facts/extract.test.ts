import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../demo/server.mjs';
import { CaseRecord } from '@/lib/facts/case-record';
import { extractCase } from '@/lib/facts/extract';
import { readDocument } from '@/lib/reader/read-document';
import type { Field } from '@/lib/reader/types';

async function demoFields(pathname: string): Promise<Field[]> {
  const html = (await renderPage(pathname)) as string;
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE[^>]*>/i, '');
  return readDocument(document).fields;
}

function fieldsOf(html: string): Field[] {
  document.body.innerHTML = html;
  return readDocument(document).fields;
}

describe('extractCase on the demo pages', () => {
  it('person overview', async () => {
    const record = extractCase(await demoFields('/cases/X123456'));
    expect(CaseRecord.parse(record)).toEqual(record);
    expect(record.dateOfBirth?.value).toBe('1979-08-18');
    expect(record.dateOfBirth?.source).toMatchObject({ label: 'Date of birth', section: 'Personal details', raw: '18 August 1979' });
    expect(record.sex?.value).toBe('male');
    expect(record.offences.map((o) => [o.sexual, o.kind, o.date?.value, o.outcome?.value])).toEqual([
      [true, 'contact-adult', '2023-03-04', 'conviction'],
      [true, 'images-internet', '2023-01-12', 'conviction'],
    ]);
    expect(record.disposal?.type.value).toBe('custody');
    expect(record.disposal?.length?.value).toEqual({ kind: 'fixed', duration: { years: 4, months: 0, weeks: 0, days: 0 } });
    expect(record.disposal?.sentenceDate?.value).toBe('2023-11-10');
    expect(record.disposal?.releaseDate?.value).toBe('2025-11-09');
    expect(record.disposal?.licenceEndDate?.value).toBe('2027-11-09');
    expect(record.licenceConditions.filter((c) => c.kind === 'standard')).toHaveLength(5);
    expect(record.licenceConditions.filter((c) => c.kind === 'additional').map((c) => c.themes[0])).toEqual([
      'unsupervised contact with children',
      'internet-enabled devices',
      'programme attendance',
    ]);
    expect(record.rosh?.value).toBe('high');
    expect(record.mappaCategory?.value).toBe(1);
    expect(record.mappaLevel?.value).toBe(2);
    expect(record.lastOasys?.value).toBe('2025-11-20');
    expect(record.events.map((e) => [e.kind, e.date])).toEqual([
      ['address', '2026-10-14'],
      ['relationship', '2026-09-02'],
      ['other', '2026-08-01'],
    ]);
    expect(record.unreadable).toEqual([]);
    expect(record.conflicts).toEqual([]);
  });

  it('form page', async () => {
    const record = extractCase(await demoFields('/cases/X123456/details'));
    expect(record.dateOfBirth?.value).toBe('1979-08-18');
    expect(record.sex?.value).toBe('male');
    expect(record.rosh?.value).toBe('high');
  });

  it('older page (main frame): layout tables, abbreviations, a length in brackets', async () => {
    const record = extractCase(await demoFields('/legacy/case'));
    expect(record.dateOfBirth?.value).toBe('1979-08-18');
    expect(record.sex?.value).toBe('male');
    expect(record.disposal?.type.value).toBe('custody');
    expect(record.disposal?.length?.value).toEqual({ kind: 'fixed', duration: { years: 0, months: 48, weeks: 0, days: 0 } });
    expect(record.disposal?.sentenceDate?.value).toBe('2023-11-10');
  });

  it('older page (offences frame): dates follow the offence above them', async () => {
    const record = extractCase(await demoFields('/legacy/case/offences'));
    expect(record.offences.map((o) => [o.description.value, o.date?.value, o.convictionDate?.value])).toEqual([
      ['Sexual assault on a female - 02000', '2023-03-04', '2023-11-10'],
      ['Make indecent photograph or pseudo-photograph of a child - 08600', undefined, undefined],
    ]);
    expect(record.rosh?.value).toBe('high');
  });
});

describe('extractCase: honesty', () => {
  it('an unreadable date is reported, not guessed', () => {
    const record = extractCase(fieldsOf('<dl><dt>Date of birth</dt><dd>31/02/1980</dd><dt>Sex</dt><dd>Indeterminate</dd></dl>'));
    expect(record.dateOfBirth).toBeUndefined();
    expect(record.sex).toBeUndefined();
    expect(record.unreadable.map((u) => [u.fact, u.reason])).toEqual([
      ['dateOfBirth', '"31/02/1980" is not a real date'],
      ['sex', '"Indeterminate" is not a sex this reads'],
    ]);
  });

  it('two different dates of birth are a conflict: neither is believed', () => {
    const record = extractCase(fieldsOf('<p>DOB: 18/08/1979</p><dl><dt>Date of birth</dt><dd>18 August 1978</dd></dl>'));
    expect(record.dateOfBirth).toBeUndefined();
    expect(record.conflicts).toEqual([
      expect.objectContaining({ fact: 'dateOfBirth', values: [expect.objectContaining({ value: '1979-08-18' }), expect.objectContaining({ value: '1978-08-18' })] }),
    ]);
  });

  it('the same date written two ways is not a conflict', () => {
    const record = extractCase(fieldsOf('<p>DOB: 18/08/1979</p><dl><dt>Date of birth</dt><dd>18 August 1979</dd></dl>'));
    expect(record.dateOfBirth?.value).toBe('1979-08-18');
    expect(record.conflicts).toEqual([]);
  });

  it('an empty field is missing, not unreadable', () => {
    const record = extractCase(fieldsOf('<dl><dt>Date of birth</dt><dd>Not provided</dd></dl>'));
    expect(record.dateOfBirth).toBeUndefined();
    expect(record.unreadable).toEqual([]);
  });

  it('an offence with no outcome is a conviction only when the sentence says so, and says it was inferred', () => {
    const withSentence = extractCase(fieldsOf('<dl><dt>Offence</dt><dd>Voyeurism</dd><dt>Sentence</dt><dd>ORA Community Order</dd></dl>'));
    expect(withSentence.offences[0]?.outcome?.value).toBe('conviction');
    expect(withSentence.offences[0]?.outcome?.source.inferred).toMatch(/inferred/);
    expect(extractCase(fieldsOf('<dl><dt>Offence</dt><dd>Voyeurism</dd></dl>')).offences[0]?.outcome).toBeUndefined();
  });

  it('user mappings name fields the vocabulary does not know', () => {
    const fields = fieldsOf('<table><tr><td>Rel Dt:</td><td>09/11/2025</td></tr><tr><td>Order</td><td>CJA - Std Determinate Custody</td></tr></table>');
    expect(extractCase(fields).disposal?.releaseDate).toBeUndefined();
    const record = extractCase(fields, { mappings: [{ label: 'Rel Dt', fact: 'releaseDate' }] });
    expect(record.disposal?.releaseDate?.value).toBe('2025-11-09');
  });

  it('finds orders named in fields', () => {
    const record = extractCase(fieldsOf('<dl><dt>Orders</dt><dd><ul><li>SHPO made 10/11/2023, 10 years</li><li>None other</li></ul></dd></dl>'));
    expect(record.orders).toEqual([expect.objectContaining({ kind: 'SHPO', date: '2023-11-10' })]);
  });
});
