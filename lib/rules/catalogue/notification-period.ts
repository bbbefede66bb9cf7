import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'notification-period',
  version: 1,
  title: 'Notification period after conviction',
  needs: ['sexual offences and whether convicted', 'sentence type and length', 'date of conviction', 'date of birth'],
  conditions: [{ id: 'sexual-conviction', says: 'Convicted of a sexual offence', observe: 'sexualConviction', test: 'isTrue' }],
  combine: 'all',
  shows: ['notificationPeriod'],
  outputs: {
    applies: {
      summary: 'Notification requirements: {period}',
      fallback: 'Notification requirements apply: check the period',
      indicator: 'info',
      detail: [
        'Runs from the date of conviction. Initial notification within 3 days (s.83); changes within 3 days (s.84); re-notify every year (s.85).',
        'The 2012 regulations add foreign travel, weekly notification with no fixed abode, living in a household with a child, and bank and passport details.',
      ],
    },
    'does-not-apply': { summary: 'No conviction for a sexual offence on this page', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell the notification period', indicator: 'info' },
  },
  leaflet: {
    section: 'Sex offender register (SOR)',
    says: 'The notification requirements for those convicted or cautioned for sexual offences (the "sex offenders register") mean the offender must notify certain personal details to the police in their area. The leaflet gives no periods.',
  },
  current:
    'SOA 2003 s.82: 30 months or more, life or IPP: indefinite; more than 6 and under 30 months: 10 years; 6 months or less: 7 years; hospital order without restriction: 7 years; conditional discharge: its period; other disposals: 5 years; under 18: fixed periods halved.',
  sources: [
    { label: 'Sexual Offences Act 2003 ss.80-92 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2003/42/part/2' },
    { label: 'Sexual Offences Act 2003 (Notification Requirements) (England and Wales) Regulations 2012' },
  ],
  examples: [
    {
      name: '4 years custody: indefinite',
      today: '2026-11-28',
      status: 'applies',
      case: {
        dob: '01/01/1980',
        offences: [{ text: 'Sexual assault', outcome: 'Conviction', convicted: '01/10/2023' }],
        sentence: { type: 'CJA - Std Determinate Custody', length: '4 years', date: '10/11/2023' },
      },
    },
    { name: 'not a sexual offence', today: '2026-11-28', status: 'does-not-apply', case: { offences: [{ text: 'Burglary', outcome: 'Conviction' }] } },
    { name: 'outcome not known', today: '2026-11-28', status: 'cannot-tell', case: { offences: [{ text: 'Voyeurism' }] } },
  ],
};
