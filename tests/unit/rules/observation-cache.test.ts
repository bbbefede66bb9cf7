import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate, evaluateAll, observationCache } from '@/lib/rules/evaluate';
import { caseFrom, type CompactCase } from '@/lib/rules/examples';
import { OBSERVATIONS } from '@/lib/rules/observations';

const TODAY = '2026-11-29';
// Every rule's own examples: between them they reach every status of every rule.
const CASES = RULES.flatMap((r) => r.examples.map((e) => ({ record: caseFrom(e.case as CompactCase), today: e.today })));

afterEach(() => vi.restoreAllMocks());

describe('one cache of observations for all the rules (evaluateAll)', () => {
  it('gives the cards one evaluation a rule gives, for every rule example', () => {
    expect(CASES.length).toBeGreaterThan(20);
    for (const { record, today } of CASES) expect(evaluateAll(RULES, record, today)).toEqual(RULES.map((rule) => evaluate(rule, record, today)));
  });

  it('makes an observation several rules ask for once an evaluation, and again in the next', () => {
    const askers = RULES.filter((r) => [...r.when, ...r.conditions].some((c) => c.observe === 'disposalType'));
    expect(askers.length).toBeGreaterThan(1);
    const spy = vi.spyOn(OBSERVATIONS, 'disposalType');
    const record = caseFrom({ sentence: { type: 'Custody', length: '2 years', date: '01/01/2025' } });
    evaluateAll(RULES, record, TODAY);
    expect(spy).toHaveBeenCalledTimes(1);
    evaluateAll(RULES, record, TODAY);
    expect(spy).toHaveBeenCalledTimes(2);
    // Without a cache each rule makes its own.
    spy.mockClear();
    for (const rule of askers) evaluate(rule, record, TODAY);
    expect(spy).toHaveBeenCalledTimes(askers.length);
  });

  it('never answers for another case: a cache made for one record is not used for another', () => {
    const custody = caseFrom({ sentence: { type: 'Custody', length: '2 years', date: '01/01/2025' } });
    const community = caseFrom({ sentence: { type: 'Community order', length: '18 months', date: '01/06/2025' } });
    const cache = observationCache(custody, TODAY);
    for (const rule of RULES) evaluate(rule, custody, TODAY, cache);
    expect(cache.observed.get('disposalType')?.value).toBe('custody');
    for (const rule of RULES) expect(evaluate(rule, community, TODAY, cache)).toEqual(evaluate(rule, community, TODAY));
    expect(evaluate(RULES.find((r) => r.id === 'custody-release-point')!, community, TODAY, cache).status).toBe('does-not-apply');
    // Nothing of the other case was written into it.
    expect(cache.observed.get('disposalType')?.value).toBe('custody');
  });

  it('never answers for another day: a cache made for one day is not used on another', () => {
    const record = caseFrom({ dob: '30/11/2008' });
    const adult = RULES.find((r) => r.when.some((c) => c.observe === 'ageToday'))!;
    const cache = observationCache(record, '2026-11-30');
    expect(evaluate(adult, record, '2026-11-30', cache).trace[0]!.outcome).toBe(true);
    expect(evaluate(adult, record, '2026-11-29', cache)).toEqual(evaluate(adult, record, '2026-11-29'));
    expect(evaluate(adult, record, '2026-11-29', cache).trace[0]!.outcome).toBe(false);
  });
});
