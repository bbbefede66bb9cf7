import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'caution-notification',
  version: 1,
  title: 'Notification after a caution',
  needs: ['sexual offences and whether cautioned', 'date of the caution', 'date of birth'],
  conditions: [{ id: 'sexual-caution', says: 'Cautioned for a sexual offence', observe: 'sexualCaution', test: 'isTrue' }],
  combine: 'all',
  shows: ['cautionPeriod'],
  outputs: {
    applies: {
      summary: 'Notification requirements apply for {period} after the caution',
      fallback: 'Notification requirements apply after the caution',
      indicator: 'info',
      detail: [
        'Initial notification to the police within 3 days (SOA 2003 s.83); changes within 3 days (s.84).',
        'A caution shows on standard and enhanced DBS checks.',
      ],
    },
    'does-not-apply': { summary: 'No caution for a sexual offence on this page', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell whether a caution brings notification requirements', indicator: 'info' },
  },
  leaflet: {
    section: 'Formal police caution',
    says: 'Acceptance of a caution for a sexual offence would also include 2 years on the Sex Offenders Register. A caution will show up on a standard and enhanced disclosure.',
  },
  current: '2 years for adults; 1 year if under 18 at the caution (SOA 2003 s.82(2)). Applies to offences listed in Schedule 3, some only above an age or sentence threshold.',
  sources: [{ label: 'Sexual Offences Act 2003 ss.80-92 (legislation.gov.uk)', url: 'https://www.legislation.gov.uk/ukpga/2003/42/part/2' }],
  examples: [
    {
      name: 'adult cautioned',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '01/01/1990', offences: [{ text: 'Exposure', outcome: 'Adult caution', convicted: '01/03/2026' }] },
    },
    { name: 'convicted, not cautioned', today: '2026-11-28', status: 'does-not-apply', case: { offences: [{ text: 'Exposure', outcome: 'Conviction' }] } },
    { name: 'outcome not known', today: '2026-11-28', status: 'cannot-tell', case: { offences: [{ text: 'Exposure' }] } },
  ],
};
