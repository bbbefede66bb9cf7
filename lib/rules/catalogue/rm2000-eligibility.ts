import { IS_ADULT, IS_MALE } from '../conditions';
import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'rm2000-eligibility',
  version: 1,
  title: 'Risk Matrix 2000',
  needs: ['sex', 'date of birth', 'sexual offences with their dates and whether convicted'],
  conditions: [
    IS_MALE,
    IS_ADULT,
    {
      id: 'sexual-conviction-at-16',
      says: 'At least one conviction for a sexual offence committed when aged 16 or over',
      observe: 'sexualConvictionAt16',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'Risk Matrix 2000 can be used for this case',
      indicator: 'info',
      detail: ['Score with the 2007 scoring guide; trained assessors only.'],
    },
    'does-not-apply': { summary: 'Risk Matrix 2000 cannot be used for this case', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell yet whether Risk Matrix 2000 can be used', indicator: 'info' },
  },
  leaflet: {
    section: 'Risk matrix',
    says: 'Risk Matrix 2000 can only be used if the offender is aged 18 or over, has at least one conviction for a sexual offence committed when aged 16 or over, and is male.',
  },
  current:
    'Matches the 2007 scoring guide. Convictions only: not alleged offences, and a caution is not a conviction. Mainly a police tool; probation uses OSP (OSP/DC, OSP/IIC) in OASys. The 2024 international version uses age 17 or over at the offence: do not mix the versions.',
  sources: [
    { label: 'Risk Matrix 2000 scoring guide (Thornton, 2007)' },
    { label: 'University of Birmingham, Risk Matrix 2000 resources' },
  ],
  examples: [
    {
      name: 'adult man convicted of a sexual assault committed at 43',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '18/08/1979', sex: 'Male', offences: [{ text: 'Sexual assault on a female', date: '04/03/2023', outcome: 'Conviction' }] },
    },
    {
      name: 'a woman is outside RM2000 whatever her age',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { sex: 'Female', offences: [{ text: 'Sexual assault', outcome: 'Conviction' }] },
    },
    {
      name: 'a caution is not a conviction',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { dob: '18/08/1979', sex: 'Male', offences: [{ text: 'Exposure', date: '01/01/2020', outcome: 'Adult caution' }] },
    },
    {
      name: 'no date of birth',
      today: '2026-11-28',
      status: 'cannot-tell',
      case: { sex: 'Male', offences: [{ text: 'Voyeurism', date: '01/01/2020', outcome: 'Conviction' }] },
    },
  ],
};
