/**
 * factInWording turns a field away with one union test of its label (and one of its value)
 * before trying each wording pattern; readStatus likewise for status words. Each pattern's own
 * must-match examples must still give their fact through the whole extractor, and a field that
 * matches none must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractCase, WORDING_PATTERNS } from '@/lib/facts/extract';
import type { Field } from '@/lib/reader/types';

const field = (label: string, value: string, extra: Partial<Field> = {}): Field => ({ label, value, kind: 'text', locator: { frameId: 0, readId: 'r', index: 0 }, ...extra });

describe('wordings found after the one-test turn-away', () => {
  it('a printed licence phrase as the label gives its date', () => {
    for (const label of WORDING_PATTERNS.PROSE_licenceEndDate!.matches)
      expect(extractCase([field(label, '26 April 2060')]).sentences?.[0]?.licenceEndDate?.value, label).toBe('2060-04-26');
    for (const label of WORDING_PATTERNS.PROSE_releaseDate!.matches)
      expect(extractCase([field(label, '1 April 2021')]).sentences?.[0]?.releaseDate?.value, label).toBe('2021-04-01');
  });

  it('an nDelius offence as a row label, and a titled offence as a value, are offences', () => {
    for (const label of WORDING_PATTERNS.HOME_OFFICE_CODE!.matches)
      expect(extractCase([field(label, '', { kind: 'table', group: 'row-1' })]).offences.length, label).toBe(1);
    for (const value of WORDING_PATTERNS.TITLED_OFFENCE!.matches) expect(extractCase([field('Charge', value)]).offences.length, value).toBe(1);
  });

  it('"During your licence period you must" lists conditions', () => {
    const r = extractCase([field('During your licence period you must', 'Not contact any child under 18', { items: ['Not contact any child under 18'] })]);
    expect(r.licenceConditions.map((c) => c.text)).toEqual(['Not contact any child under 18']);
  });

  it('an offence field\'s status words are not offences', () => {
    const r = extractCase([field('Offence', 'Burglary', { items: ['Burglary', 'Ended on 23 Jan 2018', 'Started on 1 Jan 2017', 'Theft'] })]);
    expect(r.offences.map((o) => o.description.value)).toEqual(['Burglary', 'Theft']);
  });

  it('fields worded as none of them give no fact', () => {
    const r = extractCase([field('Key 1.2', 'Value 1.2'), field('Tier B2 - 2024', 'x'), field('Notes about licence', 'Contrary to advice, he moved address')]);
    expect(r.offences).toEqual([]);
    expect(r.sentences).toBeUndefined();
    expect(r.licenceConditions).toEqual([]);
  });

  it('status words of a sentence are still read, and other words are not status', () => {
    const ended = extractCase([field('Sentence type', 'ORA Community Order', { group: 'e' }), field('Status', 'Ended on 23 Jan 2018', { group: 'e' })]);
    expect(ended.sentences?.[0]).toMatchObject({ status: 'ended', endDate: { value: '2018-01-23' } });
    const started = extractCase([field('Sentence type', 'ORA Community Order'), field('Status', 'Started on 20 May 2019')]);
    expect(started.sentences?.[0]).toMatchObject({ status: 'current', sentenceDate: { value: '2019-05-20' } });
    const neither = extractCase([field('Sentence type', 'ORA Community Order'), field('Status', 'Suspended on 20 May 2019')]);
    expect(neither.sentences?.[0]?.endDate).toBeUndefined();
    expect(neither.sentences?.[0]?.sentenceDate).toBeUndefined();
  });
});
