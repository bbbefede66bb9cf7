/** The worked examples of issue 13, each run through the real extractor and the rule. */
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom, type CompactCase } from '@/lib/rules/examples';
import type { CaseRecord } from '@/lib/facts/case-record';
import { SCHEDULE_3, schedule3EntryFor } from '@/lib/law/schedule3';
import { thresholdLine } from '@/lib/rules/notification';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const TODAY = '2026-11-29';
const run = (id: string, record: CaseRecord) => evaluate(rule(id), record, TODAY);
const src = { label: 'Victim age', raw: '30', locator: { frameId: 0, readId: 't', index: 99 } };
const withVictimAge = (c: CompactCase, age: number): CaseRecord => {
  const r = caseFrom(c);
  r.offences = r.offences.map((o) => ({ ...o, victimAge: { value: age, source: src } }));
  return r;
};
const value = (r: ReturnType<typeof run>, label: string) => r.computed.find((c) => c.label === label)?.value;

const adultExposureCaution: CompactCase = { dob: '01/01/1985', offences: [{ text: 'Exposure', date: '01/02/2026', outcome: 'Adult caution', convicted: '01/03/2026' }] };

describe('caution-notification applies Schedule 3 thresholds', () => {
  it('SOA 2003 Sch.3 (s.66): an adult cautioned for exposure towards an adult is not told 2 years: does not apply', () => {
    const r = run('caution-notification', withVictimAge(adultExposureCaution, 30));
    expect(r.status).toBe('does-not-apply');
    expect(r.summary).not.toMatch(/2 years/);
  });
  it("SOA 2003 Sch.3 (s.66): victim's age not on the page: cannot tell, naming the victim's age", () => {
    const r = run('caution-notification', caseFrom(adultExposureCaution));
    expect(r.status).toBe('cannot-tell');
    expect(r.missing.map((m) => m.name).join()).toMatch(/Victim's age/);
  });
  it('SOA 2003 Sch.3 (s.66), s.82: victim aged 12: 2 years, last day shown', () => {
    const r = run('caution-notification', withVictimAge(adultExposureCaution, 12));
    expect(r.status).toBe('applies');
    expect(value(r, 'Last day')).toBe('29 February 2028');
  });
});

describe('notification-period', () => {
  it('Sentencing Act 2020 s.82(2): absolute discharge for sexual assault: no notification', () => {
    const r = run('notification-period', caseFrom({ dob: '01/01/1980', offences: [{ text: 'Sexual assault', date: '01/05/2026', convicted: '01/10/2026' }], sentence: { type: 'Absolute Discharge', date: '01/10/2026' } }));
    expect(r.status).toBe('does-not-apply');
    expect(r.detail.join(' ')).toMatch(/absolute discharge/);
  });
  it('SOA 2003 s.134: conditional discharge of 2 years for sexual assault of a 15-year-old: notification for the 2 years', () => {
    const r = run('notification-period', withVictimAge({ dob: '01/01/1980', offences: [{ text: 'Sexual assault', date: '01/05/2026', convicted: '01/10/2026' }], sentence: { type: 'Conditional Discharge', length: '2 years', date: '01/10/2026' } }, 15));
    expect(r.status).toBe('applies');
    expect(value(r, 'Notification period')).toMatch(/^2 years/);
    expect(value(r, 'Last day')).toBe('30 September 2028');
  });
  it('SOA 2003 ss.131(a), 82(2): 12-month DTO at 16 for sexual assault: 3 years 6 months', () => {
    const r = run('notification-period', caseFrom({ dob: '01/06/2009', offences: [{ text: 'Sexual assault', date: '01/01/2026', convicted: '01/04/2026' }], sentence: { type: 'Detention and Training Order', length: '12 months', date: '01/05/2026' } }));
    // Under 18: Schedule 3 needs at least 12 months imprisonment, and a 12-month DTO is 6 months detention.
    expect(r.status).toBe('does-not-apply');
    const rape = run('notification-period', caseFrom({ dob: '01/06/2009', offences: [{ text: 'Rape', date: '01/01/2026', convicted: '01/04/2026' }], sentence: { type: 'Detention and Training Order', length: '12 months', date: '01/05/2026' } }));
    expect(rape.status).toBe('applies');
    expect(value(rape, 'Notification period')).toMatch(/^3 years 6 months/);
    expect(value(rape, 'Last day')).toBe('30 September 2029');
  });
  it('SOA 2003 s.131, Sch.3 para 18; Sentencing Code s.241(2): a 24-month DTO at 16 for sexual assault is 12 months detention: notifiable, 5 years', () => {
    const r = run('notification-period', caseFrom({ dob: '01/06/2009', offences: [{ text: 'Sexual assault', date: '01/01/2026', convicted: '01/04/2026' }], sentence: { type: 'Detention and Training Order', length: '24 months', date: '01/05/2026' } }));
    expect(r.status).toBe('applies');
    expect(value(r, 'Notification period')).toMatch(/^5 years/);
  });
  it('SOA 2003 Sch.3 para 21: s.8 by a 15-year-old with a community order is notifiable (para 21 sets no threshold)', () => {
    const r = run('notification-period', caseFrom({ dob: '01/06/2010', offences: [{ text: 'Causing or inciting a child under 13 to engage in sexual activity', date: '01/01/2026', convicted: '01/04/2026' }], sentence: { type: 'Youth Rehabilitation Order', length: '12 months', date: '01/05/2026' } }));
    expect(r.status).toBe('applies');
  });
  it('SOA 2003 s.82(2), (6): only the sentence date known and the person turned 18 in between: cannot tell the halving', () => {
    const r = run('notification-period', caseFrom({ dob: '01/06/2008', offences: [{ text: 'Rape', date: '01/01/2026' }], sentence: { type: 'CJA - Std Determinate Custody', length: '2 years', date: '01/07/2026' } }));
    expect(r.status).toBe('applies'); // 2 years is under 30 months: 10 years, or 5 if under 18 at conviction
    expect(value(r, 'Notification period')).toMatch(/10 years, or 5 years if under 18/);
    expect(r.missing.map((m) => m.name)).toContain('Date of conviction');
  });
  it('SOA 2003 s.130(2), Sch.3 paras 29A-29C (SI 2007/296, from 19 February 2007): a 2006 conviction under s.48 is not reached, a 2008 one is', () => {
    const at = (convicted: string) => run('notification-period', caseFrom({ dob: '01/01/1970', offences: [{ text: 'Causing or inciting sexual exploitation of a child', date: convicted, convicted }], sentence: { type: 'ORA Community Order', length: '2 years', date: convicted } }));
    expect(at('01/03/2006').status).toBe('does-not-apply');
    expect(at('01/03/2008').status).toBe('applies');
  });
  it('SOA 2003 s.130(2): an offence added to Schedule 3 does not reach earlier convictions', () => {
    const r = run('notification-period', caseFrom({ dob: '01/01/1980', offences: [{ text: 'Sexual communication with a child', convicted: '01/03/2017' }], sentence: { type: 'ORA Community Order', length: '2 years', date: '01/03/2017' } }));
    expect(r.status).toBe('does-not-apply');
  });
});

describe('a Home Office offence code alone', () => {
  it('never makes an offence notifiable: "Other offence - 02000" is cannot tell, naming the offence in law', () => {
    const r = run('notification-period', caseFrom({ dob: '01/01/1980', offences: [{ text: 'Other offence - 02000', outcome: 'Conviction', convicted: '01/10/2025' }], sentence: { type: 'CJA - Std Determinate Custody', length: '4 years', date: '01/10/2025' } }));
    expect(r.status).toBe('cannot-tell');
    expect(r.missing.map((m) => m.name)).toContain('The offence in law (Act and section)');
  });
});

describe('the threshold line of the notification cards', () => {
  it('names the paragraph read in the legislation, and says when an entry has not been checked against it', () => {
    const checked = schedule3EntryFor('Sexual assault')!;
    expect(thresholdLine(checked)).toMatch(/^Schedule 3 para 18 threshold: Offender under 18/);
    const unchecked = SCHEDULE_3.find((e) => !e.verified)!;
    expect(thresholdLine(unchecked)).toMatch(/not yet checked against the current text of the Schedule/);
  });
});
