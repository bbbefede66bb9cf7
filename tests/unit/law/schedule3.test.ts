import { describe, expect, it } from 'vitest';
import { SCHEDULE_3, Schedule3Entry, schedule3EntryFor } from '@/lib/law/schedule3';
import { meetsThreshold, type ThresholdFacts } from '@/lib/law/thresholds';
import { classifyOffence } from '@/lib/facts/offences';

describe('SOA 2003 Schedule 3 as data', () => {
  it('every entry parses, has a legislation.gov.uk source and at least one worked example', () => {
    for (const e of SCHEDULE_3) {
      expect(() => Schedule3Entry.parse(e)).not.toThrow();
      expect(e.url.startsWith('https://www.legislation.gov.uk/')).toBe(true);
      expect(e.examples.length).toBeGreaterThan(0);
      for (const p of e.patterns) expect(() => new RegExp(p, 'i')).not.toThrow();
    }
    expect(new Set(SCHEDULE_3.map((e) => e.id)).size).toBe(SCHEDULE_3.length);
  });

  for (const e of SCHEDULE_3)
    for (const x of e.examples)
      it(`${e.statute}: ${x.says}`, () => {
        expect(schedule3EntryFor(x.text)?.id, x.text).toBe(e.id);
        const facts: ThresholdFacts = {};
        if (x.facts.offenderAge !== undefined) facts.offenderAge = x.facts.offenderAge;
        if (x.facts.victimAge !== undefined) facts.victimAge = x.facts.victimAge;
        if (x.facts.imagesUnder16 !== undefined) facts.imagesUnder16 = x.facts.imagesUnder16;
        if (x.facts.purposeSexualGratification !== undefined) facts.purposeSexualGratification = x.facts.purposeSexualGratification;
        if (x.facts.disposal) facts.disposal = x.facts.disposal;
        const r = meetsThreshold(e.threshold, facts);
        expect(r.value === undefined ? 'cannot tell' : r.value).toBe(x.notifiable);
        if (r.value === undefined) expect(r.missing.length).toBeGreaterThan(0);
      });

  it('SOA 2003 Sch.3 (s.3): an adult cautioned for sexual assault of an adult is not notifiable; victim age unknown is cannot tell, naming it', () => {
    const e = schedule3EntryFor('Sexual assault on a female - 02000')!;
    expect(meetsThreshold(e.threshold, { offenderAge: 40, victimAge: 25, disposal: { kind: 'caution' } }).value).toBe(false);
    const unknown = meetsThreshold(e.threshold, { offenderAge: 40, disposal: { kind: 'caution' } });
    expect(unknown.value).toBeUndefined();
    expect(unknown.missing.join()).toMatch(/Victim's age/);
  });

  it('SOA 2003 Sch.3 (s.3, s.66): an offender under 18 needs at least 12 months imprisonment; an adult any imprisonment', () => {
    const e = schedule3EntryFor('Exposure')!;
    expect(meetsThreshold(e.threshold, { offenderAge: 17, victimAge: 10, disposal: { kind: 'imprisonment', months: 11 } }).value).toBe(false);
    expect(meetsThreshold(e.threshold, { offenderAge: 17, disposal: { kind: 'imprisonment', months: 12 } }).value).toBe(true);
    expect(meetsThreshold(e.threshold, { offenderAge: 18, victimAge: 30, disposal: { kind: 'imprisonment', months: 1 } }).value).toBe(true);
    expect(meetsThreshold(e.threshold, { offenderAge: 18, victimAge: 30, disposal: { kind: 'community', months: 11 } }).value).toBe(false);
    expect(meetsThreshold(e.threshold, { offenderAge: 18, victimAge: 30, disposal: { kind: 'community', months: 12 } }).value).toBe(true);
    expect(meetsThreshold(e.threshold, { offenderAge: 18, victimAge: 30, disposal: { kind: 'hospital' } }).value).toBe(true);
  });

  it('PCA 1978 s.1 / CJA 1988 s.160 (Sch.3 paras 13, 15): images of under-16s and 18+ or 12 months', () => {
    const e = schedule3EntryFor('Make indecent photograph or pseudo-photograph of a child')!;
    expect(e.id).toBe('indecent-images');
    expect(meetsThreshold(e.threshold, { offenderAge: 17, imagesUnder16: true, disposal: { kind: 'community', months: 12 } }).value).toBe(false);
    expect(meetsThreshold(e.threshold, { offenderAge: 17, imagesUnder16: true, disposal: { kind: 'imprisonment', months: 12 } }).value).toBe(true);
  });

  it('CJIA 2008 s.63 (Sch.3 para 35A): 18 or over AND at least 2 years', () => {
    const e = schedule3EntryFor('Possession of extreme pornographic images')!;
    expect(meetsThreshold(e.threshold, { offenderAge: 17, disposal: { kind: 'imprisonment', months: 36 } }).value).toBe(false);
    expect(meetsThreshold(e.threshold, { offenderAge: 40, disposal: { kind: 'imprisonment', months: 23 } }).value).toBe(false);
    expect(meetsThreshold(e.threshold, { offenderAge: 40, disposal: { kind: 'imprisonment', months: 24 } }).value).toBe(true);
  });

  it('a Home Office offence code alone never names a Schedule 3 entry', () => {
    expect(classifyOffence('Other offence - 02000').sexual).toBe(true);
    expect(schedule3EntryFor('Other offence - 02000')).toBeUndefined();
  });

  it('the more specific wording wins: abuse of trust, a child under 13, a child family member', () => {
    expect(schedule3EntryFor('Abuse of position of trust: sexual activity with a child')?.id).toBe('abuse-of-trust');
    expect(schedule3EntryFor('Sexual assault of a child under 13')?.id).toBe('sexual-assault-child-under-13');
    expect(schedule3EntryFor('Sexual activity with a child family member')?.id).toBe('familial-child-sex-offence');
    expect(schedule3EntryFor('Indecent assault on a woman')?.id).toBe('indecent-assault-1956');
  });
});
