/**
 * The edges where a day or a month changes the answer: ages on birthdays and leap days,
 * offences on and before the 16th birthday, sentence lengths on the s.82 and leaflet
 * thresholds, cautions under 18. "Today" is fixed in every test.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom, type CompactCase } from '@/lib/rules/examples';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const run = (id: string, c: CompactCase, today = '2026-11-28') => evaluate(rule(id), caseFrom(c), today);
const computed = (id: string, c: CompactCase, label: string, today?: string) =>
  run(id, c, today).computed.find((x) => x.label.startsWith(label))?.value;

const man = (dob: string, offenceDate: string): CompactCase => ({
  dob,
  sex: 'Male',
  offences: [{ text: 'Sexual assault', date: offenceDate, outcome: 'Conviction' }],
});

describe('RM2000 at the age edges', () => {
  it('aged exactly 18 today: in; the day before the 18th birthday: out', () => {
    expect(run('rm2000-eligibility', man('28/11/2008', '01/01/2026'), '2026-11-28').status).toBe('applies');
    expect(run('rm2000-eligibility', man('28/11/2008', '01/01/2026'), '2026-11-27').status).toBe('does-not-apply');
  });

  it('offence on the 16th birthday counts; the day before does not', () => {
    expect(run('rm2000-eligibility', man('15/03/2000', '15/03/2016')).status).toBe('applies');
    const before = run('rm2000-eligibility', man('15/03/2000', '14/03/2016'));
    expect(before.status).toBe('does-not-apply');
    expect(before.trace.find((t) => t.condition === 'sexual-conviction-at-16')?.outcome).toBe(false);
  });

  it('leap-day births: 18 on 1 March in a common year; 16 on 29 February in a leap year', () => {
    expect(run('rm2000-eligibility', man('29/02/2008', '01/01/2025'), '2026-02-28').status).toBe('does-not-apply');
    expect(run('rm2000-eligibility', man('29/02/2008', '01/01/2025'), '2026-03-01').status).toBe('applies');
    // The 16th birthday of a 29 February birth is itself a 29 February.
    expect(run('rm2000-eligibility', man('29/02/2008', '28/02/2024'), '2026-03-01').status).toBe('does-not-apply');
    expect(run('rm2000-eligibility', man('29/02/2008', '29/02/2024'), '2026-03-01').status).toBe('applies');
  });

  it('a missing date of birth is cannot-tell for a man, but a woman is out whatever her age', () => {
    expect(run('rm2000-eligibility', { sex: 'Male', offences: [{ text: 'Voyeurism', date: '01/01/2020', outcome: 'Conviction' }] }).status).toBe('cannot-tell');
    expect(run('rm2000-eligibility', { sex: 'Female' }).status).toBe('does-not-apply');
  });
});

const custody = (length: string, extra: Partial<CompactCase> = {}): CompactCase => ({
  dob: '01/01/1980',
  offences: [{ text: 'Sexual assault', outcome: 'Conviction', convicted: '01/01/2024' }],
  sentence: { type: 'CJA - Std Determinate Custody', length, date: '01/01/2024' },
  ...extra,
});

describe('notification period (SOA 2003 s.82) on the thresholds', () => {
  it('exactly 30 months: indefinite; 29 months: 10 years', () => {
    expect(computed('notification-period', custody('30 months'), 'Notification period')).toMatch(/^Indefinite/);
    expect(computed('notification-period', custody('2 years 6 months'), 'Notification period')).toMatch(/^Indefinite/);
    expect(computed('notification-period', custody('29 months'), 'Notification period')).toMatch(/^10 years/);
  });

  it('exactly 6 months: 7 years; 6 months and a day: 10 years', () => {
    expect(computed('notification-period', custody('6 months'), 'Notification period')).toMatch(/^7 years/);
    expect(computed('notification-period', custody('26 weeks'), 'Notification period')).toMatch(/^7 years/);
    expect(computed('notification-period', custody('6 months 1 day'), 'Notification period')).toMatch(/^10 years/);
  });

  it('SOA 2003 s.82: exactly 4 years: indefinite; a fixed period begins with the conviction and the card shows its last day', () => {
    expect(computed('notification-period', custody('4 years'), 'Notification period')).toMatch(/^Indefinite/);
    // 10 years beginning with 1 January 2024: the last day is 31 December 2033.
    expect(computed('notification-period', custody('12 months'), 'Last day')).toBe('31 December 2033');
  });

  it('SOA 2003 s.82(2): under 18 at conviction: fixed periods halved', () => {
    const young = custody('12 months', { dob: '01/06/2006' });
    expect(computed('notification-period', young, 'Notification period')).toMatch(/^5 years .*halved/);
    expect(computed('notification-period', young, 'Last day')).toBe('31 December 2028');
  });

  it('other disposals: 5 years; hospital order without restriction: 7 years', () => {
    const co = { ...custody('2 years'), sentence: { type: 'ORA Community Order', length: '2 years', date: '01/01/2024' } };
    expect(computed('notification-period', co, 'Notification period')).toMatch(/^5 years/);
    const ho = { ...custody('2 years'), sentence: { type: 'Hospital Order (s.37 MHA 1983)', date: '01/01/2024' } };
    expect(computed('notification-period', ho, 'Notification period')).toMatch(/^7 years/);
  });
});

describe('release point: the leaflet rule is history, shown last', () => {
  it('exactly 4 years: the leaflet said two-thirds; 3 years 11 months: half', () => {
    // 4 years from 1 January 2024 is 1,461 days; two thirds is 974 days.
    const leaflet = (length: string) => run('custody-release-point', custody(length)).computed.find((c) => c.label.startsWith('The leaflet said'));
    expect(leaflet('4 years')?.value).toBe('1 September 2026');
    expect(leaflet('4 years')?.label).toMatch(/two-thirds/);
    expect(leaflet('3 years 11 months')?.label).toMatch(/half/);
    expect(run('custody-release-point', custody('4 years')).summary).toBe('Indicative release point under current law: 1 January 2026');
  });
});

describe('caution notification by age at caution (an offence Schedule 3 lists without a threshold)', () => {
  const ALWAYS = 'Sexual activity with a person with a mental disorder impeding choice';
  const caution = (dob: string): CompactCase => ({ dob, offences: [{ text: ALWAYS, outcome: 'Youth caution', convicted: '01/03/2026' }] });
  it('SOA 2003 s.82(2): cautioned at 17: 1 year; at 18: 2 years; last day shown, leap day included', () => {
    expect(computed('caution-notification', caution('02/03/2008'), 'Notification period')).toMatch(/^1 year .*halved/);
    expect(computed('caution-notification', caution('02/03/2008'), 'Last day')).toBe('28 February 2027');
    expect(computed('caution-notification', caution('01/03/2008'), 'Notification period')).toMatch(/^2 years/);
    // 2 years beginning with 1 March 2026 end on 29 February 2028 (a leap year).
    expect(computed('caution-notification', caution('01/03/2008'), 'Last day')).toBe('29 February 2028');
    expect(run('caution-notification', caution('01/03/2008')).summary).toMatch(/^Notification requirements apply for 2 years \(a caution\) after the caution$/);
  });
  it('without a date of birth, the period is not guessed: both halves are shown and the date of birth is asked for', () => {
    const r = run('caution-notification', { offences: [{ text: ALWAYS, outcome: 'Caution', convicted: '01/03/2026' }] });
    expect(r.status).toBe('applies');
    expect(r.summary).toMatch(/2 years, or 1 year if under 18/);
    expect(r.missing.map((m) => m.name)).toContain('Date of birth');
    expect(r.computed.find((c) => c.label === 'Last day')).toBeUndefined();
  });
  it('a youth caution for exposure is not notifiable: under 18 the Schedule 3 entry needs 12 months imprisonment', () => {
    const r = run('caution-notification', { dob: '02/03/2008', offences: [{ text: 'Exposure', outcome: 'Youth caution', convicted: '01/03/2026' }] });
    expect(r.status).toBe('does-not-apply');
  });
});

describe('OASys due dates (15 working days, England and Wales bank holidays)', () => {
  const released = (release: string, rosh?: string): CompactCase => ({
    dob: '01/01/1980',
    sentence: { type: 'CJA - Std Determinate Custody', date: '01/01/2024', release },
    lastOasys: '01/06/2025',
    rosh,
  });
  it('15 working days from release, 5 working days good practice for high risk, warning when due within 5 days or overdue', () => {
    const r = run('oasys-completion-due', released('20/11/2026', 'High'));
    expect(r.status).toBe('applies');
    expect(r.summary).toBe('Complete and lock the OASys by 11 December 2026');
    expect(r.computed.find((c) => c.label.startsWith('Leaflet good practice'))?.value).toBe('27 November 2026');
    expect(r.indicator).toBe('info');
    expect(run('oasys-completion-due', released('09/11/2026')).indicator).toBe('warning');
    expect(run('oasys-completion-due', released('01/11/2026')).indicator).toBe('warning');
  });
  it('a community order counts from the sentence date, across Christmas and New Year bank holidays', () => {
    const r = run('oasys-completion-due', { dob: '01/01/1980', sentence: { type: 'ORA Community Order', date: '18/12/2026' }, lastOasys: '01/06/2025' }, '2026-12-20');
    expect(r.computed.find((c) => c.label === 'Date of sentence')?.value).toBe('18 December 2026');
    expect(r.summary).toBe('Complete and lock the OASys by 13 January 2027');
  });
  it('in custody before release: cannot tell', () => {
    const r = run('oasys-completion-due', { dob: '01/01/1980', sentence: { type: 'CJA - Std Determinate Custody', date: '20/11/2026', release: '01/01/2027' }, lastOasys: '01/06/2025' });
    expect(r.status).toBe('cannot-tell');
    expect(r.missing[0]?.name).toMatch(/custody/);
  });
});

describe('does-not-apply shows only what decided it', () => {
  it('a woman: only the sex condition is given as the reason', () => {
    const r = run('rm2000-eligibility', { sex: 'Female', dob: '01/01/1980' });
    expect(r.status).toBe('does-not-apply');
    expect(r.used.map((u) => u.label)).toEqual(['Sex']);
    expect(r.missing).toEqual([]);
  });
});
