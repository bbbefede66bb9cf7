import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom } from '@/lib/rules/examples';

const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe('safeguarding-concern keywords', () => {
  it.each([
    'Discussed his time in prison.',
    'Police officer spoke with him about a person at the hostel.',
    'Gave his reasons for missing the appointment; police were not involved.',
    'Talked about his arson conviction and his friend Jason.',
    'No concerns about contact with children.',
  ])('"%s" raises no critical card', (notes) => {
    const r = evaluate(rule('safeguarding-concern'), caseFrom({ notes, events: [{ title: 'Home visit', date: '1 November 2026', description: notes }] }), '2026-11-29');
    expect(r.status).toBe('does-not-apply');
    expect(r.indicator).not.toBe('critical');
  });
  it('"He now sees his son at weekends" does raise it (son as a whole word)', () => {
    const r = evaluate(rule('safeguarding-concern'), caseFrom({ events: [{ title: 'Home visit', date: '2 November 2026', description: 'He now sees his son at weekends.' }] }), '2026-11-29');
    expect(r.status).toBe('applies');
    expect(r.indicator).toBe('critical');
  });
});

describe('oasys-review-trigger ignores negated mentions', () => {
  it('"Not in a relationship" after the last OASys is no significant change', () => {
    const r = evaluate(rule('oasys-review-trigger'), caseFrom({ lastOasys: '01/06/2026', events: [{ title: 'Supervision', date: '2 September 2026', description: 'Not in a relationship.' }] }), '2026-11-29');
    expect(r.status).toBe('does-not-apply');
  });
  it('recall, RoSH and MAPPA changes, employment and accommodation changes trigger a review', () => {
    for (const description of ['Recalled to custody', 'RoSH increased to high', 'MAPPA level raised to 2', 'Lost his job', 'Moved to approved premises'])
      expect(evaluate(rule('oasys-review-trigger'), caseFrom({ lastOasys: '01/06/2026', events: [{ title: 'Update', date: '2 September 2026', description }] }), '2026-11-29').status, description).toBe('applies');
  });
});

describe('safeguarding steps by role (data, pure)', async () => {
  const { SAFEGUARDING_STEPS, stepsFor, Role } = await import('@/lib/rules/safeguarding-steps');
  it('every role has steps, each with the 999 step', () => {
    for (const role of Role.options) expect(SAFEGUARDING_STEPS[role].some((s) => /999/.test(s)), role).toBe(true);
  });
  it('volunteers keep the leaflet steps; unknown roles get the probation default', () => {
    expect(stepsFor('volunteer').join(' ')).toMatch(/line manager first/);
    expect(stepsFor('something else')).toEqual(SAFEGUARDING_STEPS.probation);
    expect(stepsFor(undefined)).toEqual(SAFEGUARDING_STEPS.probation);
  });
});

describe('safeguarding steps follow the reader\'s role (Working Together 2023; Care Act 2014 s.42)', () => {
  it('replaces the leaflet\'s volunteer list on an applying card, keeping what the card found first', async () => {
    const { withRoleSteps, stepsFor } = await import('@/lib/rules/safeguarding-steps');
    const leaflet = ['Always do something, never do nothing.', 'Speak to your line manager first.'];
    const card = { ruleId: 'safeguarding-concern', status: 'applies', detail: ['New partner with two children (2 September 2026).', ...leaflet] };
    const [probation] = withRoleSteps([card], 'probation', leaflet);
    expect(probation!.detail[0]).toBe('New partner with two children (2 September 2026).');
    expect(probation!.detail.slice(1)).toEqual(stepsFor('probation'));
    expect(probation!.detail.join(' ')).toMatch(/MASH.*Working Together to Safeguard Children 2023/);
    expect(probation!.detail.join(' ')).toMatch(/LADO/);
    expect(probation!.detail.join(' ')).toMatch(/Care Act 2014 s\.42/);
    const [volunteer] = withRoleSteps([card], 'volunteer', leaflet);
    expect(volunteer!.detail.join(' ')).toMatch(/line manager first/);
    const quiet = { ...card, status: 'does-not-apply' };
    expect(withRoleSteps([quiet], 'police', leaflet)[0]).toBe(quiet);
  });
});
