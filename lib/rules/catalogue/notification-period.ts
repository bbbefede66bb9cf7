import { NOTIFICATION_DUTIES, NOTIFICATION_SOURCES } from '../notification';
import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'notification-period',
  version: 2,
  title: 'Notification period after conviction',
  needs: ['offences and whether convicted', 'sentence type and length', 'date of conviction', 'date of birth', 'offence date', "victim's age"],
  conditions: [
    {
      id: 'notifiable-conviction',
      says: 'Convicted of an offence in SOA 2003 Schedule 3, with its threshold met',
      observe: 'convictionNotification',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'Notification requirements: {period}',
      fallback: 'Notification requirements apply: check the period',
      indicator: 'info',
      detail: [...NOTIFICATION_DUTIES, 'Indicative only: the police notification record is the authoritative date.'],
    },
    'does-not-apply': { summary: 'No notification requirements from a conviction on this page', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell whether notification requirements apply, or for how long', indicator: 'info' },
  },
  leaflet: {
    section: 'Sex offender register (SOR)',
    says: 'The notification requirements for those convicted or cautioned for sexual offences (the "sex offenders register") mean the offender must notify certain personal details to the police in their area. The leaflet gives no periods.',
  },
  current:
    'Only Schedule 3 offences whose thresholds are met (s.80). SOA 2003 s.82: life, IPP or 30 months or more: indefinite (review after 15 years, 8 if under 18, ss.91A-91B); more than 6 and under 30 months: 10 years; 6 months or less, or a hospital order: 7 years; conditional discharge: its period (s.134); other disposals: 5 years; under 18 on the date of conviction: fixed periods halved. An absolute discharge brings none (Sentencing Act 2020 s.82(2)). For a DTO only the detention period counts (s.131). Periods begin with the date of conviction; the card shows the last day.',
  sources: NOTIFICATION_SOURCES,
  examples: [
    {
      name: 'adult, 4 years for sexual assault: indefinite',
      today: '2026-11-28',
      status: 'applies',
      case: {
        dob: '01/01/1980',
        offences: [{ text: 'Sexual assault', date: '01/05/2023', outcome: 'Conviction', convicted: '01/10/2023' }],
        sentence: { type: 'CJA - Std Determinate Custody', length: '4 years', date: '10/11/2023' },
      },
    },
    { name: 'not a sexual offence', today: '2026-11-28', status: 'does-not-apply', case: { offences: [{ text: 'Burglary', outcome: 'Conviction' }] } },
    {
      name: 'absolute discharge for sexual assault: no notification (Sentencing Act 2020 s.82(2))',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { dob: '01/01/1980', offences: [{ text: 'Sexual assault', date: '01/05/2026', convicted: '01/10/2026' }], sentence: { type: 'Absolute Discharge', date: '01/10/2026' } },
    },
    { name: 'outcome not known', today: '2026-11-28', status: 'cannot-tell', case: { offences: [{ text: 'Voyeurism' }] } },
  ],
};
