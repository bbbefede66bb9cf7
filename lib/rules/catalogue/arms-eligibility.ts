import { ARMS_PROTECTIVE_FACTORS, ARMS_RISK_FACTORS } from '../../glossary/lists';
import { IS_ADULT, IS_MALE } from '../conditions';
import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'arms-eligibility',
  version: 1,
  title: 'ARMS assessment',
  needs: ['sex', 'date of birth', 'sexual offences and whether convicted or cautioned'],
  conditions: [
    IS_MALE,
    IS_ADULT,
    {
      id: 'sexual-conviction-or-caution',
      says: 'Convicted or cautioned for a sexual offence',
      observe: 'sexualConvictionOrCaution',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'An ARMS assessment applies: plan it with the police lead',
      indicator: 'info',
      detail: [
        `Risk factors (leaflet): ${ARMS_RISK_FACTORS.join('; ').toLowerCase()}.`,
        `Protective factors (leaflet): ${ARMS_PROTECTIVE_FACTORS.join('; ').toLowerCase()}.`,
      ],
    },
    'does-not-apply': { summary: 'ARMS does not apply to this case', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell yet whether ARMS applies', indicator: 'info' },
  },
  leaflet: {
    section: 'ARMS assessment',
    says: 'Active Risk Management System (ARMS) draws information together into a risk management plan for the assessment of males 18+ with convictions for sexual offences, focusing on dynamic factors in the here and now.',
  },
  current:
    'College of Policing and the CSA Centre: adult males convicted or cautioned for a sexual offence; police-led, with probation. The leaflet lists 8 risk and 5 protective factors; a 2015 source counts 7 and 4.',
  sources: [
    { label: 'HMICFRS glossary, "Active Risk Management System"' },
    { label: 'College of Policing What Works research map, project 696' },
    { label: 'CSA Centre, guide on sharing ARMS information' },
  ],
  examples: [
    {
      name: 'adult man cautioned for exposure',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '01/01/1990', sex: 'Male', offences: [{ text: 'Exposure', outcome: 'Adult caution' }] },
    },
    { name: 'a woman', today: '2026-11-28', status: 'does-not-apply', case: { sex: 'Female', offences: [{ text: 'Voyeurism', outcome: 'Conviction' }] } },
    { name: 'aged 17', today: '2026-11-28', status: 'does-not-apply', case: { dob: '01/01/2009', sex: 'Male', offences: [{ text: 'Voyeurism', outcome: 'Conviction' }] } },
    { name: 'outcome not known', today: '2026-11-28', status: 'cannot-tell', case: { dob: '01/01/1990', sex: 'Male', offences: [{ text: 'Voyeurism' }] } },
  ],
};
