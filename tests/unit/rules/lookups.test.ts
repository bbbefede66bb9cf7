/**
 * The rules' shortcuts for large pages give the answers of the plain searches they replace:
 * sources deduplicated as their key strings would be, and Schedule 3 entries as
 * schedule3EntryFor finds them.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '@/lib/facts/case-record';
import { SEXUAL_OFFENCES } from '@/lib/facts/offences';
import { SCHEDULE_3, schedule3EntryFor } from '@/lib/law/schedule3';
import { dedupeSources } from '@/lib/rules/evaluate';
import { entryFor } from '@/lib/rules/notification';

/** The plain deduplication: one entry a key string, in first-seen order, the last source with the key standing. */
const byKey = (sources: Source[]) => [...new Map(sources.map((s) => [`${s.locator.frameId}:${s.locator.readId}:${s.locator.index}:${s.raw}`, s])).values()];

const source = (frameId: number, readId: string, index: number, raw: string, extra: Partial<Source> = {}): Source => ({ label: `L${index}`, raw, locator: { frameId, readId, index }, ...extra });

describe('sources used by a card', () => {
  const a = source(0, '1', 4, 'Rape');
  const sameAsA = source(0, '1', 4, 'Rape', { inferred: 'inferred from the sentence' });
  const cases: Record<string, Source[]> = {
    'all different': [a, source(0, '1', 5, 'Rape'), source(1, '1', 4, 'Rape'), source(0, '2', 4, 'Rape'), source(0, '1', 4, 'Theft')],
    'one object twice': [a, source(0, '1', 9, 'x'), a],
    'equal sources, different objects: the last stands, where the first was': [a, source(0, '1', 9, 'x'), sameAsA, source(0, '1', 2, 'y')],
    'several sources at one index': [source(0, '1', 3, 'a'), source(0, '1', 3, 'b'), source(0, '1', 3, 'c'), source(0, '1', 3, 'b', { section: 'S' }), source(0, '1', 3, 'a', { section: 'T' })],
    'a read id with a colon, where key strings can collide': [source(0, '1:2', 3, 'x'), source(0, '1', 2, '3:x'), source(0, '1', 2, '3:x')],
    'a thousand offences and their dates': Array.from({ length: 3000 }, (_, i) => source(0, '7', Math.floor(i / 3) * 3 + (i % 3), i % 3 === 0 ? `Offence ${i}` : '1 May 2020')).concat([source(0, '7', 0, 'Offence 0')]),
    'in page order, each at an index of its own': Array.from({ length: 300 }, (_, i) => source(i % 2, '7', i * 2, i % 3 === 0 ? `Offence ${i}` : '1 May 2020')),
    'in page order but for the last': [source(0, '1', 1, 'a'), source(0, '1', 2, 'b'), source(0, '1', 3, 'c'), source(0, '1', 2, 'b')],
    'one index twice in a row': [source(0, '1', 1, 'a'), source(0, '1', 1, 'a'), source(0, '1', 2, 'b')],
    one: [a],
    none: [],
  };

  for (const [name, sources] of Object.entries(cases))
    it(`${name}: as their key strings would deduplicate them`, () => {
      const got = dedupeSources(sources);
      const want = byKey(sources);
      expect(got.length).toBe(want.length);
      // The same objects, not only equal ones: a card's source is the one the record holds.
      got.forEach((s, i) => expect(s).toBe(want[i]));
    });

  it('the last of equal sources stands, in the place of the first', () => {
    expect(dedupeSources([a, source(0, '1', 9, 'x'), sameAsA])).toEqual([sameAsA, source(0, '1', 9, 'x')]);
  });
});

describe('Schedule 3 entries for offences', () => {
  const texts = [
    ...SCHEDULE_3.flatMap((e) => e.examples.map((x) => x.text)),
    ...SEXUAL_OFFENCES.map((o) => o.example),
    ...Array.from({ length: 100 }, (_, i) => `Offence ${i}`),
    'Theft from a shop - 04904',
    'Other offence - 02000',
  ];

  it('are the entries schedule3EntryFor finds, asked once, again, and past the point where a union is built', () => {
    const want = texts.map((t) => schedule3EntryFor(t)?.id);
    expect(want.filter(Boolean).length).toBeGreaterThan(SCHEDULE_3.length / 2);
    for (let round = 0; round < 3; round++) expect(texts.map((t) => entryFor(t)?.id), `round ${round}`).toEqual(want);
  });
});
