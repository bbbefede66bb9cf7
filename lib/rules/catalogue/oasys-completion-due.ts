import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'oasys-completion-due',
  version: 2,
  title: 'OASys completion',
  needs: ['date of birth', 'sentence date or release date', 'date of the last completed OASys', 'RoSH level'],
  when: [{ id: 'adult', says: 'Aged 18 or over (OASys is for adults)', observe: 'ageToday', test: 'atLeast', value: 18 }],
  conditions: [
    {
      id: 'not-completed-since-start',
      says: 'No OASys completed since the latest sentence or release',
      observe: 'oasysDue',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  shows: ['oasysDue'],
  outputs: {
    applies: {
      summary: 'Complete and lock the OASys by {due}',
      fallback: 'Complete and lock the OASys: it is due',
      indicator: 'info',
      detail: ['Indicative: 15 working days (weekends and England and Wales bank holidays skipped) from the start of a community sentence or from release. Check current Probation Service policy.'],
    },
    'does-not-apply': { summary: 'No OASys due from the dates on this page', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell whether an OASys is due', indicator: 'info' },
  },
  leaflet: {
    section: 'OASys Offender assessment system',
    says: 'Each case (18 and over) will have an OASys assessment, completed and locked within 15 days of sentence or release (good practice guide: 5 days for high risk offenders).',
  },
  current:
    'National Standards 2007 set 15 working days (tiers 1 to 3) and 5 days for tier 4; the leaflet says 15 days. This card counts 15 working days from the start of a community sentence or from release; in custody before release it cannot tell (prison policy sets the timescale). Check current Probation Service policy.',
  sources: [{ label: 'National Standards for the Management of Offenders 2007' }, { label: 'PSO 2205 (OASys)' }, { label: 'GOV.UK, UK bank holidays (England and Wales)', url: 'https://www.gov.uk/bank-holidays' }],
  examples: [
    {
      name: 'released 10 days ago, last OASys before the release',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '01/01/1980', sentence: { type: 'CJA - Std Determinate Custody', date: '01/12/2024', release: '18/11/2026' }, lastOasys: '01/06/2026' },
    },
    {
      name: 'OASys completed after the release',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { dob: '01/01/1980', sentence: { type: 'CJA - Std Determinate Custody', date: '01/12/2024', release: '01/10/2026' }, lastOasys: '10/10/2026' },
    },
    { name: 'under 18', today: '2026-11-28', status: 'does-not-apply', case: { dob: '01/01/2010', sentence: { type: 'Youth Rehabilitation Order', date: '01/11/2026' } } },
    {
      name: 'in custody, not yet released: the prison timescale is not known here',
      today: '2026-11-28',
      status: 'cannot-tell',
      case: { dob: '01/01/1980', sentence: { type: 'CJA - Std Determinate Custody', date: '01/11/2026', release: '01/05/2027' }, lastOasys: '01/06/2026' },
    },
    {
      name: 'no OASys date on the page',
      today: '2026-11-28',
      status: 'cannot-tell',
      case: { dob: '01/01/1980', sentence: { type: 'ORA Community Order', date: '20/11/2026' } },
    },
  ],
};
