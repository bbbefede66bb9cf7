import { describe, expect, it } from 'vitest';
import { extractCase } from '@/lib/facts/extract';
import { factLines, missingFacts } from '@/lib/facts/summary';
import { readDocument } from '@/lib/reader/read-document';

const recordOf = (html: string) => {
  document.body.innerHTML = html;
  return extractCase(readDocument(document).fields);
};

describe('fact lines and missing facts', () => {
  it('lists what is believed in reading order, with sources', () => {
    const lines = factLines(recordOf('<dl><dt>Sex</dt><dd>M</dd><dt>DOB</dt><dd>18/08/1979</dd><dt>ROSH</dt><dd>High</dd></dl>'));
    expect(lines.map((l) => [l.name, l.value, l.source.label])).toEqual([
      ['Date of birth', '18 August 1979', 'DOB'],
      ['Sex', 'Male', 'Sex'],
      ['Risk of serious harm', 'High', 'ROSH'],
    ]);
  });

  it('names what is missing, but not what was there and unreadable', () => {
    const record = recordOf('<dl><dt>DOB</dt><dd>31/02/1979</dd><dt>Sentence</dt><dd>CJA - Std Determinate Custody</dd></dl>');
    const missing = missingFacts(record);
    expect(missing).not.toContain('dateOfBirth');
    expect(missing).toEqual(expect.arrayContaining(['sex', 'offence', 'sentenceDate', 'releaseDate', 'additionalConditions', 'rosh', 'lastOasys']));
  });
});
