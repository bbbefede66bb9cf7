import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'community-order-length',
  version: 2,
  title: 'Community order and programme',
  needs: ['sentence type', 'order length', 'order date', 'requirements'],
  when: [{ id: 'community-order', says: 'A community order in force (beside any other sentence)', observe: 'onCommunityOrder', test: 'isTrue' }],
  conditions: [{ id: 'length-known', says: 'The order length and start date are known', observe: 'communityOrder', test: 'isTrue' }],
  combine: 'all',
  outputs: {
    applies: { summary: 'The community order ends {end}: check a programme fits', indicator: 'info' },
    'does-not-apply': { summary: 'Not a community order', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell when the community order ends', indicator: 'info' },
  },
  leaflet: {
    section: 'Community order',
    says: 'A community order would usually be given with a condition to attend a community based treatment programme (I-SOTP, community SOTP). Orders tend to be given for at least 2 years to allow completion (maximum 3 years). Not all offenders are suitable for the programmes.',
  },
  current:
    'Maximum 3 years (Sentencing Code s.209); no legal minimum (2 years is programme practice). SOTP and I-SOTP were replaced by Horizon (2016), Kaizen (2017) and iHorizon (internet offences); Building Choices is rolling out.',
  sources: [{ label: 'Sentencing Act 2020 ss.201, 209' }],
  examples: [
    {
      name: 'a 2-year order with a programme',
      today: '2026-11-28',
      status: 'applies',
      case: { sentence: { type: 'ORA Community Order', length: '24 months', date: '01/06/2026', requirements: ['Accredited programme: Horizon', 'Rehabilitation activity requirement'] } },
    },
    { name: 'custody', today: '2026-11-28', status: 'does-not-apply', case: { sentence: { type: 'CJA - Std Determinate Custody', length: '2 years', date: '01/06/2026' } } },
    { name: 'no length', today: '2026-11-28', status: 'cannot-tell', case: { sentence: { type: 'ORA Community Order', date: '01/06/2026' } } },
  ],
};
