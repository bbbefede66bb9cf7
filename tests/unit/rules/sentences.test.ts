import { describe, expect, it } from 'vitest';
import type { CaseRecord, SentenceEvent } from '@/lib/facts/case-record';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';

const source = (raw: string) => ({ label: 'Order', raw, locator: { frameId: 0, readId: 'r', index: 0 } });
const fact = <T>(value: T, raw = String(value)) => ({ value, source: source(raw) });
const rule = (id: string) => RULES.find((r) => r.id === id)!;

function sentence(type: 'custody' | 'community-order', extra: Partial<SentenceEvent> = {}): SentenceEvent {
  return { type: fact(type, type), offences: [], licenceConditions: [], status: 'current', ...extra };
}

function record(extra: Partial<CaseRecord>): CaseRecord {
  return { offences: [], licenceConditions: [], events: [], orders: [], unreadable: [], conflicts: [], ...extra };
}

describe('several sentences at once (a licence beside a community order)', () => {
  const custody = sentence('custody', { sentenceDate: fact('2024-03-01') });
  const community = sentence('community-order', {
    sentenceDate: fact('2024-06-01'),
    length: fact({ kind: 'fixed', duration: { years: 0, months: 18, weeks: 0, days: 0 } } as const, '18 Months'),
  });

  it('Sentencing Code s.209: the community order is read even when the custodial sentence is the main disposal', () => {
    const r = record({ disposal: { type: custody.type! }, sentences: [custody, community] });
    const result = evaluate(rule('community-order-length'), r, '2026-11-28');
    expect(result.status).toBe('applies');
    expect(result.computed.map((c) => c.value)).toContain('30 November 2025');
  });

  it('an ended community order is history, not the order in force', () => {
    const r = record({ disposal: { type: custody.type! }, sentences: [custody, { ...community, status: 'ended' }] });
    expect(evaluate(rule('community-order-length'), r, '2026-11-28').status).toBe('does-not-apply');
  });

  it('a sentence passed after the last OASys calls for a review (a new offence since the assessment)', () => {
    const r = record({ lastOasys: fact('2018-06-20'), disposal: { type: custody.type! }, sentences: [custody, community] });
    const result = evaluate(rule('oasys-review-trigger'), r, '2026-11-28');
    expect(result.status).toBe('applies');
    expect(result.detail.join(' ')).toMatch(/from 1 March 2024/);
    const before = record({ lastOasys: fact('2025-01-01'), disposal: { type: custody.type! }, sentences: [custody, community] });
    expect(evaluate(rule('oasys-review-trigger'), before, '2026-11-28').status).toBe('does-not-apply');
  });
});
