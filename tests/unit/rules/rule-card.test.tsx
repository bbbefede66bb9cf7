import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RuleCard, safeLink } from '@/components/RuleCard';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom } from '@/lib/rules/examples';

const result = () =>
  evaluate(
    RULES.find((r) => r.id === 'notification-period')!,
    caseFrom({ dob: '01/01/1980', offences: [{ text: 'Sexual assault', outcome: 'Conviction', convicted: '01/10/2023' }], sentence: { type: 'CJA - Std Determinate Custody', length: '4 years', date: '10/11/2023' } }),
    '2026-11-29',
  );

describe('RuleCard sources', () => {
  it('renders public addresses as links that open safely, and no internal names', () => {
    const html = renderToStaticMarkup(<RuleCard result={result()} onShow={() => {}} />);
    expect(html).toContain('href="https://www.legislation.gov.uk/ukpga/2003/42/section/82"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toMatch(/version \d|Rule notification-period|shared\/domain|\(seed\)/);
  });
  it('renders a hostile source label as text and refuses non-https addresses', () => {
    const r = result();
    r.sources = [{ label: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }];
    const html = renderToStaticMarkup(<RuleCard result={r} onShow={() => {}} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(safeLink('http://example.org')).toBeUndefined();
    expect(safeLink('https://www.gov.uk/bank-holidays')).toBe('https://www.gov.uk/bank-holidays');
  });
  it('every rule source in the catalogue with an address is https, and no label names internal files', () => {
    for (const rule of RULES)
      for (const s of rule.sources) {
        if (s.url) expect(safeLink(s.url), `${rule.id}: ${s.url}`).toBeDefined();
        expect(s.label, rule.id).not.toMatch(/seed|domain\.md|shared\//i);
      }
  });
});

describe('RuleCard on the first screen (deferHidden)', () => {
  it('draws the headline, the one line of why and Dismiss, and leaves the closed detail for the next render', () => {
    const r = result();
    const first = renderToStaticMarkup(<RuleCard result={r} onShow={() => {}} onDismiss={() => {}} deferHidden />);
    const full = renderToStaticMarkup(<RuleCard result={r} onShow={() => {}} onDismiss={() => {}} />);
    for (const html of [first, full]) {
      expect(html).toContain(r.summary);
      expect(html).toContain('data-card-why');
      expect(html).toContain('Dismiss');
      // The disclosure itself is there from the start, so the card's shape does not change.
      expect(html).toContain('govuk-details__summary');
    }
    expect(first).not.toContain('Guidance, not legal advice.');
    expect(first).not.toContain('legislation.gov.uk');
    expect(full).toContain('Guidance, not legal advice.');
    expect(full).toContain('legislation.gov.uk');
  });
  it('a compact card keeps its headline and leaves its body for the next render', () => {
    const r = result();
    const first = renderToStaticMarkup(<RuleCard result={r} onShow={() => {}} compact deferHidden />);
    expect(first).toContain(r.summary);
    expect(first).not.toContain('data-card-why');
    expect(renderToStaticMarkup(<RuleCard result={r} onShow={() => {}} compact />)).toContain('data-card-why');
  });
});
