import type { CaseRecord, Source } from '../facts/case-record';
import type { IsoDate } from '../facts/dates';
import { OBSERVATIONS, type Computed, type Missing, type Observation, type ObservationName } from './observations';
import type { Condition, Indicator, Rule, Status } from './schema';

export type Outcome = true | false | undefined;

export interface TraceStep {
  condition: string;
  says: string;
  outcome: Outcome;
  saw: string;
}

/** A rule's result, and everything its card shows. "Why" and "facts used" come from one trace. */
export interface RuleResult {
  ruleId: Rule['id'];
  version: number;
  title: string;
  status: Status;
  indicator: Indicator;
  summary: string;
  detail: string[];
  trace: TraceStep[];
  used: Source[];
  missing: Missing[];
  computed: Computed[];
  leaflet: Rule['leaflet'];
  current?: string;
  sources: Rule['sources'];
}

function test(condition: Condition, obs: Observation): Outcome {
  if (obs.value === undefined) return undefined;
  switch (condition.test) {
    case 'isTrue':
      return obs.value === true;
    case 'isFalse':
      return obs.value === false;
    case 'equals':
      return obs.value === condition.value;
    case 'oneOf':
      return Array.isArray(condition.value) && condition.value.includes(String(obs.value));
    case 'atLeast':
      return typeof obs.value === 'number' && obs.value >= Number(condition.value);
  }
}

/** all: any false decides "no" even when others are unknown; any: any true decides "yes". */
function combine(outcomes: Outcome[], how: 'all' | 'any'): Outcome {
  if (how === 'all') return outcomes.includes(false) ? false : outcomes.includes(undefined) ? undefined : true;
  return outcomes.includes(true) ? true : outcomes.includes(undefined) ? undefined : false;
}

const INDICATOR_ORDER: Indicator[] = ['info', 'warning', 'critical'];

/** Items with the same key once, in the order of their first appearance; the last of them stands. */
function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()];
}

const sourceKey = (s: Source) => `${s.locator.frameId}:${s.locator.readId}:${s.locator.index}:${s.raw}`;

/**
 * `dedupe(sources, sourceKey)` without building a key string a source: a rule that finds no
 * sexual offence among a thousand uses every one of them, and a dozen rules do. Sources are
 * grouped by their element's index, and compared field by field within a group (numbers by
 * SameValueZero, as a Map compares them, which is how their written forms compare). A read id
 * with a colon could make two different sources write the same key; then the keys decide.
 */
export function dedupeSources(sources: Source[]): Source[] {
  if (sources.some((s) => s.locator.readId.includes(':'))) return dedupe(sources, sourceKey);
  // In page order, each at an index of its own (a table of offences and their dates, as the
  // record lists them): no two can be equal, so all stand as they are.
  let ordered = true;
  for (let i = 1; ordered && i < sources.length; i++) ordered = sources[i]!.locator.index > sources[i - 1]!.locator.index;
  if (ordered) return sources.slice();
  const out: Source[] = [];
  // Where each index's sources went in `out`: one slot, or several when sources share an index.
  const slots = new Map<number, number | number[]>();
  const same = (k: number, s: Source) => {
    const o = out[k]!;
    const a = o.locator.frameId;
    const b = s.locator.frameId;
    return o.raw === s.raw && o.locator.readId === s.locator.readId && (a === b || (a !== a && b !== b));
  };
  for (const s of sources) {
    const slot = slots.get(s.locator.index);
    const at = slot === undefined ? undefined : typeof slot === 'number' ? (same(slot, s) ? slot : undefined) : slot.find((k) => same(k, s));
    if (at !== undefined) out[at] = s;
    else {
      slots.set(s.locator.index, slot === undefined ? out.length : typeof slot === 'number' ? [slot, out.length] : [...slot, out.length]);
      out.push(s);
    }
  }
  return out;
}

/**
 * The observations of one case on one day, each made once however many rules ask for it: an
 * observation is a pure function of the record and the day (lib/rules/observations.ts), and on a
 * page of a thousand offences several rules each ask for the same pass over all of them. The
 * cache holds the record and the day it was made for, and `evaluate` uses it for those only, so
 * it can never answer for another case or another day.
 */
export interface ObservationCache {
  readonly record: CaseRecord;
  readonly today: IsoDate;
  readonly observed: Map<ObservationName, Observation>;
}

export function observationCache(record: CaseRecord, today: IsoDate): ObservationCache {
  return { record, today, observed: new Map() };
}

/** Every rule against the case on a given day, sharing one cache of observations (same results as one `evaluate` each). */
export function evaluateAll(rules: readonly Rule[], record: CaseRecord, today: IsoDate): RuleResult[] {
  const cache = observationCache(record, today);
  return rules.map((rule) => evaluate(rule, record, today, cache));
}

/**
 * Evaluates one rule against the case on a given day. Pure: the same inputs give the same card.
 * Observations are read from `cache` when it was made for this record and day; they are never
 * changed once made, so a card is the same whether they were made for it or for another rule.
 */
export function evaluate(rule: Rule, record: CaseRecord, today: IsoDate, cache?: ObservationCache): RuleResult {
  const observed = cache && cache.record === record && cache.today === today ? cache.observed : new Map<ObservationName, Observation>();
  const observe = (name: ObservationName): Observation => {
    let obs = observed.get(name);
    if (!obs) observed.set(name, (obs = OBSERVATIONS[name](record, today)));
    return obs;
  };
  const run = (conditions: Condition[]) =>
    conditions.map((c) => {
      const obs = observe(c.observe);
      return { c, obs, outcome: test(c, obs) };
    });

  const gate = run(rule.when);
  const gateOutcome = combine(gate.map((g) => g.outcome), 'all');
  // The main conditions are only looked at once the rule is in scope.
  const main = gateOutcome === true ? run(rule.conditions) : [];
  const outcome = gateOutcome === true ? combine(main.map((m) => m.outcome), rule.combine) : gateOutcome;
  const status: Status = outcome === true ? 'applies' : outcome === false ? 'does-not-apply' : 'cannot-tell';

  const steps = [...gate, ...main];
  // What decided a "no" is only the failing steps; otherwise everything looked at counts.
  const relevant = status === 'does-not-apply' ? steps.filter((s) => s.outcome === false) : steps;
  const shown = status === 'applies' || status === 'cannot-tell' ? rule.shows.map(observe) : [];
  const observations = [...relevant.map((s) => s.obs), ...shown];

  const output = rule.outputs[status];
  const computed = dedupe(
    observations.flatMap((o) => Object.values(o.computed ?? {})),
    (c) => c.label,
  );
  const values = new Map(observations.flatMap((o) => Object.entries(o.computed ?? {})).map(([k, v]) => [k, v.value]));
  const summary = output.summary.replace(/\{(\w+)\}/g, (whole, key: string) => values.get(key) ?? whole);
  const raised = status === 'applies' ? observations.map((o) => o.indicator ?? 'info') : [];
  const indicator = [output.indicator, ...raised].reduce((a, b) => (INDICATOR_ORDER.indexOf(b) > INDICATOR_ORDER.indexOf(a) ? b : a));

  const result: RuleResult = {
    ruleId: rule.id,
    version: rule.version,
    title: rule.title,
    status,
    indicator,
    summary: /\{\w+\}/.test(summary) ? (output.fallback ?? summary.replace(/\s*\{\w+\}/g, '')) : summary,
    // What this case shows comes before the rule's general guidance: most important first.
    detail: [...observations.flatMap((o) => o.detail ?? []), ...output.detail],
    trace: steps.map((s) => ({ condition: s.c.id, says: s.c.says, outcome: s.outcome, saw: s.obs.saw })),
    used: dedupeSources(observations.flatMap((o) => o.used)),
    missing: status === 'cannot-tell' || status === 'applies' ? dedupe(observations.flatMap((o) => o.missing), (m) => m.name) : [],
    computed,
    leaflet: rule.leaflet,
    sources: rule.sources,
  };
  if (rule.current) result.current = rule.current;
  return result;
}
