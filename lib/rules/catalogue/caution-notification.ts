import { NOTIFICATION_DUTIES, NOTIFICATION_SOURCES } from '../notification';
import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'caution-notification',
  version: 2,
  title: 'Notification after a caution',
  needs: ['offences and whether cautioned', 'date of the caution', 'date of birth', 'offence date', "victim's age"],
  conditions: [
    {
      id: 'notifiable-caution',
      says: 'Cautioned for an offence in SOA 2003 Schedule 3, with its threshold met (a caution is not a sentence)',
      observe: 'cautionNotification',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'Notification requirements apply for {period} after the caution',
      fallback: 'Notification requirements apply after the caution: check the period',
      indicator: 'info',
      detail: [
        ...NOTIFICATION_DUTIES,
        'DBS: youth cautions are not disclosed automatically on standard or enhanced checks since 28 November 2020; adult cautions for specified offences (most sexual offences) are not filtered.',
      ],
    },
    'does-not-apply': { summary: 'No notification requirements from a caution on this page', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell whether the caution brings notification requirements', indicator: 'info' },
  },
  leaflet: {
    section: 'Formal police caution',
    says: 'Acceptance of a caution for a sexual offence would also include 2 years on the Sex Offenders Register. A caution will show up on a standard and enhanced disclosure.',
  },
  current:
    'Only a caution for an offence in Schedule 3 whose threshold is met brings notification (s.80). Many entries need a victim under 18 or a sentence, and a caution is no sentence: an adult cautioned for sexual assault or exposure must notify only if the victim was under 18. Then 2 years; 1 year if under 18 at the caution (s.82(2)). Youth cautions are not disclosed automatically on DBS checks since 28 November 2020.',
  sources: [...NOTIFICATION_SOURCES, { label: 'DBS filtering guidance (gov.uk)', url: 'https://www.gov.uk/government/publications/dbs-filtering-guidance/dbs-filtering-guide' }],
  examples: [
    {
      name: 'adult cautioned for exposure to a child under 13',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '01/01/1990', offences: [{ text: 'Exposure (victim a child under 13)', date: '01/02/2026', outcome: 'Adult caution', convicted: '01/03/2026' }] },
    },
    {
      name: 'aged 17, cautioned for sexual assault: under 18 it needs 12 months imprisonment',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { dob: '01/06/2008', offences: [{ text: 'Sexual assault', date: '01/02/2026', outcome: 'Youth caution', convicted: '01/03/2026' }] },
    },
    { name: 'convicted, not cautioned', today: '2026-11-28', status: 'does-not-apply', case: { offences: [{ text: 'Exposure', outcome: 'Conviction' }] } },
    {
      name: "adult cautioned for exposure, victim's age not on the page",
      today: '2026-11-28',
      status: 'cannot-tell',
      case: { dob: '01/01/1990', offences: [{ text: 'Exposure', date: '01/02/2026', outcome: 'Adult caution', convicted: '01/03/2026' }] },
    },
    { name: 'outcome not known', today: '2026-11-28', status: 'cannot-tell', case: { offences: [{ text: 'Exposure' }] } },
  ],
};
